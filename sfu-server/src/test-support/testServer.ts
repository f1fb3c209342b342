import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Socket } from 'socket.io-client';
import type { Agent } from 'node:https';
import { startServer, type RunningServer } from '../server.js';
import { BranchTls } from '../tls/branchTls.js';
import { BRANCH_NAME, branchAgent, send } from './branchClient.js';

export type TestServer = RunningServer & {
  dataDir: string;
  /** The test branch CA: clients trust it and nothing else. */
  caPem: string;
  /** HTTPS agent for Node-side clients: the branch CA, and BRANCH_NAME mapped to this server. */
  agent: Agent;
  stop(opts?: { keepData?: boolean }): Promise<void>;
};

/**
 * A real branch server with its own SQLite file, branch CA and one mediasoup worker, reached as
 * https://bilik.branch.test:<port> (listening on 127.0.0.1), with an HTTP port that only redirects.
 */
export async function startTestServer(
  options: { dataDir?: string; reconnectGraceMs?: number } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'bilik-test-'));
  const logger = pino({ level: process.env.BILIK_TEST_LOG ?? 'silent' });
  const tls = await BranchTls.open(
    {
      dir: join(dataDir, 'tls'),
      names: [BRANCH_NAME, 'localhost', '127.0.0.1'],
      branchName: 'test',
      provided: null,
    },
    logger,
  );
  const server = await startServer(
    {
      host: '127.0.0.1',
      port: 0,
      httpRedirectPort: 0,
      publicName: BRANCH_NAME,
      tls,
      dataDir,
      workers: 1,
      rtcMinPort: 42000,
      rtcMaxPort: 42999,
      // Off: a test must see a violation, not the self-check's repair of it.
      floorCheckMs: 0,
      network: { listenIp: '127.0.0.1', announcedAddress: null },
      ui: { kiosk: '/nonexistent', officer: '/nonexistent', console: '/nonexistent' },
      ...(options.reconnectGraceMs !== undefined ? { reconnectGraceMs: options.reconnectGraceMs } : {}),
    },
    logger,
  );
  const sockets: Socket[] = [];
  return {
    ...server,
    dataDir,
    caPem: tls.material.caPem,
    agent: branchAgent(tls.material.caPem),
    async stop(opts = {}) {
      for (const s of sockets) s.disconnect();
      await server.close();
      if (!opts.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function postJson<T>(
  server: TestServer,
  path: string,
  body: unknown,
): Promise<{ status: number; body: T }> {
  const r = await send(`${server.url}${path}`, { agent: server.agent, json: body });
  return { status: r.status, body: JSON.parse(r.body) as T };
}

export {
  connectSocket,
  ok,
  pushUntil,
  rawRequest,
  request,
  type AdminSocket,
  type BoothSocket,
  type MediaTestSocket,
  type OfficerSocket,
  type TestSocket,
} from './contractClient.js';
