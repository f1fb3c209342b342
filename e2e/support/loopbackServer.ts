import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { createWorker, type types } from 'mediasoup';
import { Server } from 'socket.io';
import { build } from 'vite';
import { MEDIA_CODECS } from '../../sfu-server/src/media/codecs.js';

/** Bundles the bare loopback page (mediasoup-client + socket.io-client) into `outDir`. */
export async function buildLoopbackPage(outDir: string): Promise<void> {
  await build({
    root: join(import.meta.dirname, '../fixtures/loopback'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'chrome120' },
  });
}

export type LoopbackServer = { url: string; worker: types.Worker; close(): Promise<void> };

/**
 * The smallest mediasoup signalling server: one router, anyone may consume anything. No desks,
 * no auth, no database: the baseline Bilik's own server is measured against.
 */
export async function startLoopbackServer(
  pageDir: string,
  rtcPorts = { min: 45000, max: 45999 },
): Promise<LoopbackServer> {
  const worker = await createWorker({ logLevel: 'warn', rtcMinPort: rtcPorts.min, rtcMaxPort: rtcPorts.max });
  const router = await worker.createRouter({ mediaCodecs: MEDIA_CODECS });
  const transports = new Map<string, types.WebRtcTransport>();
  const producers = new Map<string, types.Producer>();
  const consumers = new Map<string, types.Consumer>();
  const http = createServer((req, res) => {
    const path = join(pageDir, req.url === '/' || !req.url ? 'index.html' : req.url.split('?')[0]!);
    if (!existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'text/html' });
    createReadStream(path).pipe(res);
  });
  const io = new Server(http, { serveClient: false });
  io.on('connection', (socket) => {
    socket.on('caps', (_d, ack) => ack(router.rtpCapabilities));
    socket.on('producers', (_d, ack) => ack([...producers.keys()]));
    socket.on('createTransport', async (_d, ack) => {
      const t = await router.createWebRtcTransport({ listenInfos: [{ protocol: 'udp', ip: '127.0.0.1' }] });
      transports.set(t.id, t);
      ack({
        id: t.id,
        iceParameters: t.iceParameters,
        iceCandidates: t.iceCandidates,
        dtlsParameters: t.dtlsParameters,
      });
    });
    socket.on('connectTransport', async ({ id, dtlsParameters }, ack) => {
      await transports.get(id)!.connect({ dtlsParameters });
      ack({});
    });
    socket.on('produce', async ({ id, kind, rtpParameters }, ack) => {
      const p = await transports.get(id)!.produce({ kind, rtpParameters });
      producers.set(p.id, p);
      ack({ id: p.id });
      socket.broadcast.emit('newProducer', p.id);
    });
    socket.on('consume', async ({ transportId, producerId, rtpCapabilities }, ack) => {
      const c = await transports.get(transportId)!.consume({ producerId, rtpCapabilities, paused: true });
      consumers.set(c.id, c);
      ack({ id: c.id, producerId, kind: c.kind, rtpParameters: c.rtpParameters });
    });
    socket.on('resume', async ({ consumerId }, ack) => {
      await consumers.get(consumerId)!.resume();
      ack({});
    });
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    worker,
    async close() {
      await new Promise<void>((r) => io.close(() => r()));
      worker.close();
    },
  };
}
