import { z } from 'zod';
import { Id, JsonObject, MediaKind, MediaSource } from './common.js';
import { contract } from './contract.js';
import { ConsumerOptions, ProducerAvailable, TransportOptions } from './views.js';

// WebRTC signalling, the same on /booth and /officer. The server decides what each peer may
// consume; these events only carry the mediasoup handshakes.
export const MediaEvents = {
  getRouterCapabilities: 'media:getRouterCapabilities',
  createTransport: 'media:createTransport',
  connectTransport: 'media:connectTransport',
  produce: 'media:produce',
  closeProducer: 'media:closeProducer',
  consume: 'media:consume',
  resumeConsumer: 'media:resumeConsumer',
  /** After a network drop: new ICE credentials for a transport, so the path is found again. */
  restartIce: 'media:restartIce',
} as const;

/** What the server tells a peer it may now consume (or must drop). */
export const MediaPush = {
  producerAvailable: 'media:producerAvailable',
  consumerClosed: 'media:consumerClosed',
} as const;

const Empty = z.object({}).strict();

export const mediaContract = contract({
  events: {
    // Also lists what the peer may consume already, so a (re)joining client needs no other call.
    [MediaEvents.getRouterCapabilities]: {
      request: Empty,
      response: z.object({ rtpCapabilities: JsonObject, producers: z.array(ProducerAvailable) }),
    },
    [MediaEvents.createTransport]: {
      request: z.object({ direction: z.enum(['send', 'recv']) }).strict(),
      response: z.object({ transport: TransportOptions }),
    },
    [MediaEvents.connectTransport]: {
      request: z.object({ transportId: Id, dtlsParameters: JsonObject }).strict(),
      response: Empty,
    },
    [MediaEvents.produce]: {
      request: z
        .object({ transportId: Id, kind: MediaKind, rtpParameters: JsonObject, source: MediaSource })
        .strict(),
      response: z.object({ producerId: Id }),
    },
    [MediaEvents.closeProducer]: { request: z.object({ producerId: Id }).strict(), response: Empty },
    [MediaEvents.consume]: {
      request: z.object({ producerId: Id, rtpCapabilities: JsonObject }).strict(),
      response: z.object({ consumer: ConsumerOptions }),
    },
    /** The client is ready; the reply says whether the floor lets media flow. */
    [MediaEvents.resumeConsumer]: {
      request: z.object({ consumerId: Id }).strict(),
      response: z.object({ paused: z.boolean() }),
    },
    [MediaEvents.restartIce]: {
      request: z.object({ transportId: Id }).strict(),
      response: z.object({ iceParameters: JsonObject }),
    },
  },
  pushes: {
    [MediaPush.producerAvailable]: ProducerAvailable,
    [MediaPush.consumerClosed]: z.object({ consumerId: Id }),
  },
});
export type MediaContract = typeof mediaContract;
