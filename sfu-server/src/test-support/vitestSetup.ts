import '../media/workerEnv.js';
import { afterEach, expect } from 'vitest';
import { invalidPushes } from './contractClient.js';

// Every push a test socket received must match its schema in the namespace's contract.
afterEach(() => {
  expect(invalidPushes.splice(0), 'pushes outside the contract').toEqual([]);
});
