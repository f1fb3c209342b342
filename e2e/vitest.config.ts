import { defineConfig } from 'vitest/config';

// End-to-end tests: Debian's Chromium (fake camera and microphone) against a real branch server.
// One file at a time: two cores, and each file runs its own server and browsers.
export default defineConfig({
  resolve: { conditions: ['source', 'node'] },
  ssr: { resolve: { conditions: ['source', 'node'] } },
  test: {
    include: ['e2e/**/*.e2e.ts'],
    setupFiles: ['sfu-server/src/test-support/vitestSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
