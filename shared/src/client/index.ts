export * from './signalling.js';
export * from './mediaSession.js';
