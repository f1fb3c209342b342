export * from './errors.js';
export * from './common.js';
export * from './media.js';
export * from './booth.js';
export * from './officer.js';
export * from './admin.js';
export * from './http.js';
export * from './presence.js';
