import '../media/workerEnv.js';
