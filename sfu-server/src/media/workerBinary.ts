import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** The installed mediasoup version, read without loading mediasoup (see workerEnv.ts for why). */
export function installedMediasoupVersion(): string {
  const entry = createRequire(import.meta.url).resolve('mediasoup'); // .../mediasoup/node/lib/index.js
  const pkg = JSON.parse(readFileSync(join(dirname(entry), '../../package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Where scripts/mediasoup-worker/build.sh caches the worker it builds for this mediasoup version.
 * MEDIASOUP_WORKER_BIN, when set, wins (it is what mediasoup itself reads).
 */
export function resolveWorkerBinary(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MEDIASOUP_WORKER_BIN) return env.MEDIASOUP_WORKER_BIN;
  const version = installedMediasoupVersion();
  const bin = join(
    env.BILIK_CACHE_DIR ?? join(homedir(), '.cache', 'bilik'),
    'mediasoup-worker',
    version,
    'mediasoup-worker',
  );
  if (!existsSync(bin))
    throw new Error(
      `mediasoup-worker ${version} not found at ${bin}; run scripts/bootstrap.sh (npm start does)`,
    );
  return bin;
}
