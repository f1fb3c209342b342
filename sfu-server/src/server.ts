import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { Server as IoServer } from 'socket.io';
import { MAX_CAPTURE_BYTES } from '@bilik/shared';
import { Branch } from './branch.js';
import type { ClaimSettings } from './claims/settings.js';
import { createHttpHandler, type UiRoots } from './http/httpApp.js';
import { createMetrics } from './http/metrics.js';
import type { MediaNetwork } from './media/peerMedia.js';
import { WorkerPool } from './media/workerPool.js';
import { attachAdminNamespace } from './signalling/adminNamespace.js';
import { attachBoothNamespace, pushToBooths } from './signalling/boothNamespace.js';
import { attachOfficerNamespace, pushToOfficers } from './signalling/officerNamespace.js';
import { openDatabase } from './store/db.js';

export type ServerConfig = {
  host: string;
  port: number;
  dataDir: string;
  workers: number;
  rtcMinPort: number;
  rtcMaxPort: number;
  network: MediaNetwork;
  ui: UiRoots;
  /** How often every desk's floor is checked against the worker and repaired; 0 turns it off. */
  floorCheckMs?: number;
  /** Domain settings and the consent screen's facts (claims/settings.ts); defaults when absent. */
  settings?: ClaimSettings;
  /** Runs after restore and before the server accepts connections (e.g. seeding demo data). */
  beforeListen?: (branch: Branch) => Promise<void>;
};

export type RunningServer = {
  branch: Branch;
  http: HttpServer;
  io: IoServer;
  url: string;
  close(): Promise<void>;
};

/** Starts the whole branch server: database, workers, restored desks, HTTP and socket.io. */
export async function startServer(config: ServerConfig, logger: Logger): Promise<RunningServer> {
  const db = openDatabase(join(config.dataDir, 'bilik.sqlite'));
  const workers = await WorkerPool.start({
    size: config.workers,
    rtcMinPort: config.rtcMinPort,
    rtcMaxPort: config.rtcMaxPort,
    logger,
  });
  const branch = new Branch(
    db,
    workers,
    config.network,
    join(config.dataDir, 'captures'),
    logger,
    config.settings,
  );
  await branch.start();
  branch.floor.start(config.floorCheckMs ?? 15_000);

  const http = createServer(createHttpHandler(branch, createMetrics(branch), config.ui, logger));
  // The buffer bound is the capture bound plus envelope; JSON events have their own, smaller bound.
  const io = new IoServer(http, {
    maxHttpBufferSize: MAX_CAPTURE_BYTES + 64 * 1024,
    serveClient: false,
    cors: { origin: false },
  });
  const boothNs = io.of('/booth');
  const officerNs = io.of('/officer');
  attachBoothNamespace(boothNs, branch, logger);
  attachOfficerNamespace(officerNs, branch, logger);
  attachAdminNamespace(io.of('/admin'), branch, logger);
  pushToBooths(boothNs, branch);
  pushToOfficers(officerNs, branch);

  await config.beforeListen?.(branch);
  await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
  const { port } = http.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  logger.info({ url, workers: config.workers }, 'branch server listening');

  return {
    branch,
    http,
    io,
    url,
    async close() {
      branch.floor.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      workers.close();
      db.close();
    },
  };
}
