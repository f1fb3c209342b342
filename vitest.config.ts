import { defineConfig } from 'vitest/config';

// Unit and integration tests of every package. Workspace packages resolve to their TypeScript
// sources (the "source" export condition), so tests never run against a stale build.
export default defineConfig({
  resolve: { conditions: ['source', 'node'] },
  ssr: { resolve: { conditions: ['source', 'node'] } },
  test: {
    include: ['{shared,sfu-server,kiosk,officer-station}/src/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['sfu-server/src/test-support/vitestSetup.ts'],
  },
});
