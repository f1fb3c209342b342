import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { io as connect, type Socket } from 'socket.io-client';
import type { Ack } from '@bilik/shared';
import { startServer, type RunningServer } from '../server.js';

export type TestServer = RunningServer & {
  dataDir: string;
  stop(opts?: { keepData?: boolean }): Promise<void>;
};

/** A real branch server on 127.0.0.1 with its own SQLite file and one mediasoup worker. */
export async function startTestServer(
  dataDir = mkdtempSync(join(tmpdir(), 'bilik-test-')),
  ui = { kiosk: '/nonexistent', officer: '/nonexistent' },
): Promise<TestServer> {
  const server = await startServer(
    {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      workers: 1,
      rtcMinPort: 42000,
      rtcMaxPort: 42999,
      // Off: a test must see a violation, not the self-check's repair of it.
      floorCheckMs: 0,
      network: { listenIp: '127.0.0.1', announcedAddress: null },
      ui,
    },
    pino({ level: process.env.BILIK_TEST_LOG ?? 'silent' }),
  );
  const sockets: Socket[] = [];
  return {
    ...server,
    dataDir,
    async stop(opts = {}) {
      for (const s of sockets) s.disconnect();
      await server.close();
      if (!opts.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function postJson<T>(url: string, body: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export function connectSocket(
  url: string,
  namespace: '/booth' | '/officer' | '/admin',
  auth: object,
): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(`${url}${namespace}`, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => reject(err));
  });
}

export function request<T extends object = Record<string, unknown>>(
  socket: Socket,
  event: string,
  payload?: unknown,
): Promise<Ack<T>> {
  return socket.timeout(10_000).emitWithAck(event, payload) as Promise<Ack<T>>;
}

/** Like request, but fails the test with the server's message when the ack is not ok. */
export async function ok<T extends object = Record<string, unknown>>(
  socket: Socket,
  event: string,
  payload?: unknown,
): Promise<T> {
  const r = await request<T>(socket, event, payload);
  if (!r.ok) throw new Error(`${event} failed: ${r.code} ${r.message}`);
  return r;
}
