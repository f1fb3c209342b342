import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { seedDemo } from '../../sfu-server/src/seedDemo.js';
import { startServer, type RunningServer } from '../../sfu-server/src/server.js';

const root = resolve(import.meta.dirname, '../..');

export type E2eServer = RunningServer & { boothCodes: string[]; dataDir: string; stop(): Promise<void> };

/**
 * A real branch server on 127.0.0.1 serving the built kiosk and officer UIs (run `npm run build`
 * first; `npm test` does), with the demo officers, participants and booth enrollment codes.
 */
export async function startBranchServer(options: { workers?: number } = {}): Promise<E2eServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bilik-e2e-'));
  const server = await startServer(
    {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      workers: options.workers ?? 1,
      rtcMinPort: 44000,
      rtcMaxPort: 44999,
      // Off: a test must see a violation, not the self-check's repair of it.
      floorCheckMs: 0,
      network: { listenIp: '127.0.0.1', announcedAddress: null },
      ui: { kiosk: join(root, 'kiosk/dist/renderer'), officer: join(root, 'officer-station/dist/renderer') },
    },
    pino({ level: process.env.BILIK_TEST_LOG ?? 'silent' }),
  );
  const { boothCodes } = await seedDemo(server.branch, pino({ level: 'silent' }));
  return {
    ...server,
    boothCodes,
    dataDir,
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
