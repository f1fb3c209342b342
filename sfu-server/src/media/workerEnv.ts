import { resolveWorkerBinary } from './workerBinary.js';

// mediasoup reads MEDIASOUP_WORKER_BIN once, when its module is first loaded, so this must be
// imported before anything that imports mediasoup (first import of main.ts, vitest setup file).
process.env.MEDIASOUP_WORKER_BIN = resolveWorkerBinary();
