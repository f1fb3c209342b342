import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { seedDemo } from '../../sfu-server/src/seedDemo.js';
import { startServer, type RunningServer } from '../../sfu-server/src/server.js';
import { BranchTls } from '../../sfu-server/src/tls/branchTls.js';
import { BRANCH_NAME, seedBranchCa } from './branchTrust.js';

const root = resolve(import.meta.dirname, '../..');

export type E2eServer = RunningServer & { boothCodes: string[]; dataDir: string; stop(): Promise<void> };

/**
 * A real branch server serving the built kiosk and officer UIs (run `npm run build` first;
 * `npm test` does) at https://bilik.branch.test:<port>, with the demo officers, participants and
 * booth enrollment codes (unless `seed` is false). It listens on `address` (127.0.0.1, or an address in a network
 * namespace), media included.
 */
export async function startBranchServer(
  options: { workers?: number; address?: string; rtcPorts?: [number, number]; seed?: boolean } = {},
): Promise<E2eServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bilik-e2e-'));
  const address = options.address ?? '127.0.0.1';
  const logger = pino({ level: process.env.BILIK_TEST_LOG ?? 'silent' });
  await seedBranchCa(join(dataDir, 'tls'));
  const tls = await BranchTls.open(
    { dir: join(dataDir, 'tls'), names: [BRANCH_NAME, address], branchName: 'e2e', provided: null },
    logger,
  );
  const [rtcMinPort, rtcMaxPort] = options.rtcPorts ?? [44000, 44999];
  const server = await startServer(
    {
      host: address,
      port: 0,
      httpRedirectPort: null,
      publicName: BRANCH_NAME,
      tls,
      dataDir,
      workers: options.workers ?? 1,
      rtcMinPort,
      rtcMaxPort,
      // Off: a test must see a violation, not the self-check's repair of it.
      floorCheckMs: 0,
      network: { listenIp: address, announcedAddress: null },
      ui: {
        kiosk: join(root, 'kiosk/dist/renderer'),
        officer: join(root, 'officer-station/dist/renderer'),
        console: join(root, 'officer-station/dist/console'),
      },
    },
    logger,
  );
  // Unseeded: a real install's first run (no account at all).
  const { boothCodes } =
    options.seed === false ? { boothCodes: [] } : await seedDemo(server.branch, pino({ level: 'silent' }));
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
