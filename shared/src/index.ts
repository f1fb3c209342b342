export * from './protocol/index.js';
export * from './domain/index.js';
export * from './i18n/index.js';
