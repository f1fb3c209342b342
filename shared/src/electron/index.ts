export * from './security.js';
export * from './certificatePin.js';
export * from './branchServerConfig.js';
export * from './certificateProblem.js';
export * from './windowHardening.js';
