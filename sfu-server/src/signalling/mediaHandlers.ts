import { MediaEvents, MediaSchemas, type ConsumerOptions, type TransportOptions } from '@bilik/shared';
import type { types } from 'mediasoup';
import type { DeskRoom, PeerKey } from '../desks/deskRoom.js';
import { ServiceError } from '../desks/deskService.js';
import type { SocketHandlers } from './handle.js';

/** Which room and which peer a socket's media requests belong to right now (it can change on hand-off). */
export type MediaSeat = () => { room: DeskRoom; key: PeerKey } | null;

export function registerMediaHandlers(handlers: SocketHandlers, seat: MediaSeat): void {
  const need = () => {
    const s = seat();
    if (!s) throw new ServiceError('CONFLICT', 'not at a desk yet: no media');
    return s;
  };

  // Also lists what the peer may consume already, so a (re)joining client needs no other call.
  handlers.on(MediaEvents.getRouterCapabilities, MediaSchemas[MediaEvents.getRouterCapabilities], () => {
    const { room, key } = need();
    // Joining the room now, not at the first transport, so nothing produced meanwhile goes unannounced.
    room.peer(key);
    return { rtpCapabilities: room.router.rtpCapabilities, producers: room.availableTo(key) };
  });

  handlers.on(
    MediaEvents.createTransport,
    MediaSchemas[MediaEvents.createTransport],
    async ({ direction }) => {
      const { room, key } = need();
      const t = await room.peer(key).createTransport(direction);
      const transport: TransportOptions = {
        id: t.id,
        iceParameters: t.iceParameters,
        iceCandidates: t.iceCandidates,
        dtlsParameters: t.dtlsParameters,
      };
      return { transport };
    },
  );

  handlers.on(
    MediaEvents.connectTransport,
    MediaSchemas[MediaEvents.connectTransport],
    async ({ transportId, dtlsParameters }) => {
      const { room, key } = need();
      const t = room.peer(key).transport(transportId);
      if (!t) throw new ServiceError('NOT_FOUND', 'no such transport');
      await t.connect({ dtlsParameters: dtlsParameters as unknown as types.DtlsParameters });
      return {};
    },
  );

  handlers.on(
    MediaEvents.produce,
    MediaSchemas[MediaEvents.produce],
    async ({ transportId, kind, rtpParameters, source }) => {
      const { room, key } = need();
      if ((source === 'mic') !== (kind === 'audio'))
        throw new ServiceError('BAD_REQUEST', `source ${source} cannot be ${kind}`);
      const producer = await room.produce(
        key,
        transportId,
        kind,
        rtpParameters as unknown as types.RtpParameters,
        source,
      );
      return { producerId: producer.id };
    },
  );

  handlers.on(MediaEvents.closeProducer, MediaSchemas[MediaEvents.closeProducer], ({ producerId }) => {
    const { room, key } = need();
    const producer = room.peer(key).producers.get(producerId);
    if (!producer) throw new ServiceError('NOT_FOUND', 'no such producer of yours');
    producer.close();
    return {};
  });

  handlers.on(
    MediaEvents.consume,
    MediaSchemas[MediaEvents.consume],
    async ({ producerId, rtpCapabilities }) => {
      const { room, key } = need();
      const { consumer, source, ownerSessionId } = await room.consume(
        key,
        producerId,
        rtpCapabilities as unknown as types.RtpCapabilities,
      );
      const options: ConsumerOptions = {
        id: consumer.id,
        producerId,
        kind: consumer.kind,
        rtpParameters: consumer.rtpParameters,
        source,
        sessionId: ownerSessionId,
        paused: true,
      };
      return { consumer: options };
    },
  );

  handlers.on(
    MediaEvents.resumeConsumer,
    MediaSchemas[MediaEvents.resumeConsumer],
    async ({ consumerId }) => {
      const { room, key } = need();
      return room.clientReady(key, consumerId);
    },
  );
}
