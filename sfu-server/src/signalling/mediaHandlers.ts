import { MediaEvents, mediaContract, type Contract } from '@bilik/shared';
import type { types } from 'mediasoup';
import type { Desk } from '../desks/desk.js';
import type { PeerKey } from '../desks/deskRoom.js';
import { ServiceError } from '../errors.js';
import type { SocketHandlers } from './handle.js';

/** Which desk and which peer a socket's media requests belong to right now (it can change on hand-off). */
export type MediaSeat = () => { desk: Desk; key: PeerKey } | null;

/** Every media request is a desk operation: it takes its turn in the desk's queue (see Desk.media). */
export function registerMediaHandlers(namespace: SocketHandlers<Contract>, seat: MediaSeat): void {
  const handlers = namespace.part(mediaContract);
  const media = () => {
    const s = seat();
    if (!s) throw new ServiceError('CONFLICT', 'not at a desk yet: no media');
    return s.desk.media(s.key);
  };

  // Also lists what the peer may consume already, so a (re)joining client needs no other call.
  handlers.on(MediaEvents.getRouterCapabilities, () => media().join());
  handlers.on(MediaEvents.createTransport, async ({ direction }) => ({
    transport: await media().createTransport(direction),
  }));
  handlers.on(MediaEvents.connectTransport, async ({ transportId, dtlsParameters }) => {
    await media().connectTransport(transportId, dtlsParameters as unknown as types.DtlsParameters);
    return {};
  });
  handlers.on(MediaEvents.restartIce, ({ transportId }) => media().restartIce(transportId));
  handlers.on(MediaEvents.produce, ({ transportId, kind, rtpParameters, source }) =>
    media().produce(transportId, kind, rtpParameters as unknown as types.RtpParameters, source),
  );
  handlers.on(MediaEvents.closeProducer, async ({ producerId }) => {
    await media().closeProducer(producerId);
    return {};
  });
  handlers.on(MediaEvents.consume, async ({ producerId, rtpCapabilities }) => ({
    consumer: await media().consume(producerId, rtpCapabilities as unknown as types.RtpCapabilities),
  }));
  handlers.on(MediaEvents.resumeConsumer, ({ consumerId }) => media().clientReady(consumerId));
}
