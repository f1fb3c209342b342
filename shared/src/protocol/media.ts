import { z } from 'zod';
import { Id, JsonObject, MediaKind, MediaSource } from './common.js';

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

export const MediaSchemas = {
  [MediaEvents.getRouterCapabilities]: z.object({}).strict(),
  [MediaEvents.createTransport]: z.object({ direction: z.enum(['send', 'recv']) }).strict(),
  [MediaEvents.connectTransport]: z.object({ transportId: Id, dtlsParameters: JsonObject }).strict(),
  [MediaEvents.produce]: z
    .object({ transportId: Id, kind: MediaKind, rtpParameters: JsonObject, source: MediaSource })
    .strict(),
  [MediaEvents.closeProducer]: z.object({ producerId: Id }).strict(),
  [MediaEvents.consume]: z.object({ producerId: Id, rtpCapabilities: JsonObject }).strict(),
  [MediaEvents.resumeConsumer]: z.object({ consumerId: Id }).strict(),
  [MediaEvents.restartIce]: z.object({ transportId: Id }).strict(),
} as const;

/** What the server tells a peer it may now consume (or must drop). */
export const MediaPush = {
  producerAvailable: 'media:producerAvailable',
  consumerClosed: 'media:consumerClosed',
} as const;

export type ProducerAvailable = {
  producerId: string;
  kind: 'audio' | 'video';
  source: MediaSource;
  sessionId: string | null;
};
export type TransportOptions = {
  id: string;
  iceParameters: unknown;
  iceCandidates: unknown[];
  dtlsParameters: unknown;
};
export type ConsumerOptions = {
  id: string;
  producerId: string;
  kind: 'audio' | 'video';
  rtpParameters: unknown;
  source: MediaSource;
  /** Whose media this is: the booth's session id, or null for the CSO's. */
  sessionId: string | null;
  paused: boolean;
};
