// Domain rules shared by the kiosk, the officer station and the server.
export * from './nik.js';
export * from './kpj.js';
export * from './npwp.js';
export * from './tax.js';
export * from './claims.js';
export * from './names.js';
export * from './prechecks.js';
