import type { Server as HttpServer } from 'node:http';
import { createServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { Server as IoServer } from 'socket.io';
import {
  MAX_CAPTURE_BYTES,
  type AdminContract,
  type BoothContract,
  type OfficerContract,
} from '@bilik/shared';
import { Branch } from './branch.js';
import type { ClaimSettings } from './claims/settings.js';
import { createHttpHandler, type UiRoots } from './http/httpApp.js';
import { createHttpsRedirect } from './http/httpsRedirect.js';
import { createMetrics } from './http/metrics.js';
import type { MediaNetwork } from './media/peerMedia.js';
import { WorkerPool } from './media/workerPool.js';
import { presenceSettingsFromEnv, type PresenceSettings } from './desks/presence.js';
import { attachAdminNamespace, pushToAdmins } from './signalling/adminNamespace.js';
import type { ContractNamespace } from './signalling/handle.js';
import { attachBoothNamespace, pushToBooths } from './signalling/boothNamespace.js';
import { attachOfficerNamespace, pushToOfficers } from './signalling/officerNamespace.js';
import { closeSignedOutSockets } from './signalling/signOut.js';
import { openDatabase } from './store/db.js';
import type { BranchTls } from './tls/branchTls.js';

export type ServerConfig = {
  host: string;
  /** HTTPS and WSS. */
  port: number;
  /** Plain HTTP that only redirects to HTTPS; null for none. */
  httpRedirectPort: number | null;
  tls: BranchTls;
  /** The name clients use in URLs (first of the certificate's names). */
  publicName: string;
  dataDir: string;
  workers: number;
  rtcMinPort: number;
  rtcMaxPort: number;
  network: MediaNetwork;
  ui: UiRoots;
  /** How long a seated booth that lost its connection keeps its slot (default 2 minutes). */
  reconnectGraceMs?: number;
  /** How often every desk's floor is checked against the worker and repaired; 0 turns it off. */
  floorCheckMs?: number;
  /** Domain settings and the consent screen's facts (claims/settings.ts); defaults when absent. */
  settings?: ClaimSettings;
  /** How long an absent booth keeps its place; BILIK_ABSENT_TIMEOUT_MINUTES by default. */
  presence?: PresenceSettings;
  /** Runs after restore and before the server accepts connections (e.g. seeding demo data). */
  beforeListen?: (branch: Branch) => Promise<void>;
};

export type RunningServer = {
  branch: Branch;
  https: HttpsServer;
  redirect: HttpServer | null;
  io: IoServer;
  /** https://<publicName>:<port> */
  url: string;
  /** http://<publicName>:<redirect port>, when there is one. */
  redirectUrl: string | null;
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
    config.reconnectGraceMs ?? 120_000,
    logger,
    config.settings,
  );
  await branch.start();
  branch.floor.start(config.floorCheckMs ?? 15_000);
  const stopSweeping = branch.presence.startSweeping(config.presence ?? presenceSettingsFromEnv());

  const { tls } = config;
  const https = createServer(
    { key: tls.material.key, cert: tls.material.cert },
    createHttpHandler(branch, createMetrics(branch), config.ui, () => tls.material, logger),
  );
  // A renewed server certificate is taken into use without a restart; the CA stays the same.
  const renewal = setInterval(() => {
    tls.renewIfDue().then(
      (renewed) => {
        if (!renewed) return;
        https.setSecureContext({ key: tls.material.key, cert: tls.material.cert });
        logger.info({ validTo: tls.material.validTo }, 'server certificate renewed');
      },
      (err: unknown) => logger.error({ err }, 'server certificate renewal failed'),
    );
  }, 6 * 3600_000);
  renewal.unref();
  // The buffer bound is the capture bound plus envelope; JSON events have their own, smaller bound.
  // A short heartbeat: a booth cut from the LAN shows as reconnecting within seconds, not a minute.
  const io = new IoServer(https, {
    maxHttpBufferSize: MAX_CAPTURE_BYTES + 64 * 1024,
    serveClient: false,
    cors: { origin: false },
    pingInterval: 2500,
    pingTimeout: 2500,
  });
  const boothNs: ContractNamespace<BoothContract> = io.of('/booth');
  const officerNs: ContractNamespace<OfficerContract> = io.of('/officer');
  attachBoothNamespace(boothNs, branch, logger);
  attachOfficerNamespace(officerNs, branch, logger);
  const adminNs: ContractNamespace<AdminContract> = io.of('/admin');
  attachAdminNamespace(adminNs, branch, () => tls.material, logger);
  pushToBooths(boothNs, branch);
  pushToOfficers(officerNs, branch);
  const stopAdminPushes = pushToAdmins(adminNs, branch, logger);
  closeSignedOutSockets(branch.events, [officerNs, adminNs], boothNs);

  await config.beforeListen?.(branch);
  await listen(https, config.port, config.host);
  const { port } = https.address() as AddressInfo;
  const url = `https://${config.publicName}:${port}`;
  let redirect: HttpServer | null = null;
  let redirectUrl: string | null = null;
  if (config.httpRedirectPort !== null) {
    redirect = createHttpsRedirect(port, [config.publicName, ...tls.names]);
    await listen(redirect, config.httpRedirectPort, config.host);
    redirectUrl = `http://${config.publicName}:${(redirect.address() as AddressInfo).port}`;
  }
  logger.info({ url, redirectUrl, workers: config.workers }, 'branch server listening');

  return {
    branch,
    https,
    redirect,
    io,
    url,
    redirectUrl,
    async close() {
      clearInterval(renewal);
      branch.floor.stop();
      branch.reconnect.stop();
      redirect?.close();
      stopSweeping();
      stopAdminPushes();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      workers.close();
      db.close();
    },
  };
}

function listen(server: HttpServer | HttpsServer, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
