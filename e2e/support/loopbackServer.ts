import { createWorker, type types } from 'mediasoup';
import { Server } from 'socket.io';
import { MEDIA_CODECS } from '../../sfu-server/src/media/codecs.js';
import { fixtureServer, servePage } from './fixturePages.js';

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
  const http = await fixtureServer();
  const io = new Server(http, { serveClient: false });
  io.on('connection', (socket) => {
    // A page that leaves takes its transports (and so its producers and consumers) with it.
    const own: types.WebRtcTransport[] = [];
    socket.on('disconnect', () => own.forEach((t) => t.close()));
    socket.on('caps', (_d, ack) => ack(router.rtpCapabilities));
    socket.on('producers', (_d, ack) => ack([...producers.keys()]));
    socket.on('createTransport', async (_d, ack) => {
      const t = await router.createWebRtcTransport({ listenInfos: [{ protocol: 'udp', ip: '127.0.0.1' }] });
      transports.set(t.id, t);
      own.push(t);
      t.observer.on('close', () => transports.delete(t.id));
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
      p.observer.on('close', () => producers.delete(p.id));
      ack({ id: p.id });
      socket.broadcast.emit('newProducer', p.id);
    });
    socket.on('consume', async ({ transportId, producerId, rtpCapabilities }, ack) => {
      const c = await transports.get(transportId)!.consume({ producerId, rtpCapabilities, paused: true });
      consumers.set(c.id, c);
      c.observer.on('close', () => consumers.delete(c.id));
      ack({ id: c.id, producerId, kind: c.kind, rtpParameters: c.rtpParameters });
    });
    socket.on('resume', async ({ consumerId }, ack) => {
      await consumers.get(consumerId)!.resume();
      ack({});
    });
  });
  const { url } = await servePage(pageDir, http);
  return {
    url,
    worker,
    async close() {
      await new Promise<void>((r) => io.close(() => r()));
      worker.close();
    },
  };
}
