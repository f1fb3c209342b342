// Domain rules shared by the kiosk, the officer station and the server.
export * from './nik.js';
export * from './kpj.js';
export * from './npwp.js';
export * from './tax.js';
export * from './dates.js';
export * from './policy.js';
export * from './claims.js';
export * from './documents.js';
export * from './names.js';
export * from './nameAliases.js';
export * from './checkResult.js';
export * from './eligibility.js';
export * from './prechecks.js';
export * from './caseFile.js';
export * from './approval.js';
export * from './passwords.js';
