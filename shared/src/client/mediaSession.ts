import { Device } from 'mediasoup-client';
import type { Consumer, IceParameters, Producer, RtpCapabilities, Transport } from 'mediasoup-client/types';
import {
  MediaEvents,
  MediaPush,
  MediaSource as MediaSourceSchema,
  type MediaSource,
  type ProducerAvailable,
} from '../protocol/index.js';
import type { MediaContract } from '../protocol/index.js';
import { request, type ContractSocket } from './signalling.js';

export type RemoteTrack = {
  consumerId: string;
  producerId: string;
  source: MediaSource;
  sessionId: string | null;
  kind: 'audio' | 'video';
  track: MediaStreamTrack;
};

/** Booth camera: three simulcast layers, so grid tiles can take the smallest. */
export const CAMERA_SIMULCAST = [
  { rid: 'r0', scaleResolutionDownBy: 4, maxBitrate: 150_000 },
  { rid: 'r1', scaleResolutionDownBy: 2, maxBitrate: 500_000 },
  { rid: 'r2', scaleResolutionDownBy: 1, maxBitrate: 1_200_000 },
];

/**
 * One peer's media with its desk's router: a send and a recv transport, its producers, and a
 * consumer for everything the server announces. The server decides what is announced and when
 * media flows; this class only follows.
 */
export class MediaSession {
  private device = new Device();
  private sendTransport: Transport | null = null;
  private recvTransport: Transport | null = null;
  private readonly producers = new Map<MediaSource, Producer>();
  private readonly consumers = new Map<string, { consumer: Consumer; info: RemoteTrack }>();
  private closed = false;
  private readonly consuming = new Set<string>();
  private readonly restartingIce = new Set<Transport>();
  /** Announcements that arrive before the recv transport exists; consumed at the end of start(). */
  private early: ProducerAvailable[] | null = [];
  private readonly onAvailable = (p: ProducerAvailable) => {
    if (this.early) this.early.push(p);
    else void this.consume(p);
  };
  private readonly onConsumerClosed = ({ consumerId }: { consumerId: string }) =>
    this.dropConsumer(consumerId);

  constructor(
    private readonly socket: ContractSocket<MediaContract>,
    private readonly listeners: {
      onTrack(t: RemoteTrack): void;
      onTrackEnded(consumerId: string): void;
      onError?(e: unknown): void;
    },
  ) {}

  async start(): Promise<void> {
    this.socket.on(MediaPush.producerAvailable, this.onAvailable);
    this.socket.on(MediaPush.consumerClosed, this.onConsumerClosed);
    const { rtpCapabilities, producers } = await request(this.socket, MediaEvents.getRouterCapabilities, {});
    // mediasoup's own objects cross the contract as plain JSON; mediasoup-client checks them.
    await this.device.load({ routerRtpCapabilities: rtpCapabilities as RtpCapabilities });
    this.sendTransport = await this.createTransport('send');
    this.recvTransport = await this.createTransport('recv');
    const early = this.early ?? [];
    this.early = null;
    // consume() skips a producer it already consumes, so one listed twice is consumed once.
    await Promise.all([...producers, ...early].map((p) => this.consume(p)));
  }

  private async createTransport(direction: 'send' | 'recv'): Promise<Transport> {
    const { transport: options } = await request(this.socket, MediaEvents.createTransport, { direction });
    const transport =
      direction === 'send'
        ? this.device.createSendTransport(options as Parameters<Device['createSendTransport']>[0])
        : this.device.createRecvTransport(options as Parameters<Device['createRecvTransport']>[0]);
    transport.on('connect', ({ dtlsParameters }, done, fail) => {
      request(this.socket, MediaEvents.connectTransport, { transportId: transport.id, dtlsParameters }).then(
        () => done(),
        fail,
      );
    });
    this.watchConnection(transport);
    if (direction === 'send') {
      transport.on('produce', ({ kind, rtpParameters, appData }, done, fail) => {
        request(this.socket, MediaEvents.produce, {
          transportId: transport.id,
          kind,
          rtpParameters,
          // Set by produce() below; parsed rather than trusted, as appData is untyped.
          source: MediaSourceSchema.parse(appData.source),
        }).then(({ producerId }) => done({ id: producerId }), fail);
      });
    }
    return transport;
  }

  /**
   * After a network drop the path is found again: 'disconnected' often heals by itself when the
   * network returns; if not within 2 s (or at once on 'failed'), ICE restarts with new credentials
   * from the server, as soon as the signalling socket is back.
   */
  private watchConnection(transport: Transport): void {
    let timer: ReturnType<typeof setTimeout> | null = null;
    transport.on('connectionstatechange', (state) => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (state === 'failed') void this.restartIce(transport);
      else if (state === 'disconnected') timer = setTimeout(() => void this.restartIce(transport), 2000);
    });
  }

  private async restartIce(transport: Transport): Promise<void> {
    if (this.closed || transport.closed || this.restartingIce.has(transport)) return;
    this.restartingIce.add(transport);
    try {
      if (!this.socket.connected)
        await new Promise<void>((resolve) => this.socket.once('connect', () => resolve()));
      if (this.closed || transport.closed) return;
      const { iceParameters } = await request(this.socket, MediaEvents.restartIce, {
        transportId: transport.id,
      });
      await transport.restartIce({ iceParameters: iceParameters as IceParameters });
    } catch (err) {
      this.listeners.onError?.(err);
    } finally {
      this.restartingIce.delete(transport);
    }
  }

  /** Sends a local track as the given source, replacing any earlier one of that source. */
  async produce(
    track: MediaStreamTrack,
    source: MediaSource,
    options: { simulcast?: boolean } = {},
  ): Promise<string> {
    if (!this.sendTransport) throw new Error('media session not started');
    this.producers.get(source)?.close();
    const producer = await this.sendTransport.produce({
      track,
      appData: { source },
      ...(options.simulcast ? { encodings: CAMERA_SIMULCAST } : {}),
      ...(track.kind === 'audio' ? { codecOptions: { opusDtx: true } } : {}),
    });
    this.producers.set(source, producer);
    return producer.id;
  }

  async stopProducing(source: MediaSource): Promise<void> {
    const producer = this.producers.get(source);
    if (!producer) return;
    producer.close();
    this.producers.delete(source);
    await request(this.socket, MediaEvents.closeProducer, { producerId: producer.id }).catch(() => undefined);
  }

  private async consume(p: ProducerAvailable): Promise<void> {
    if (!this.recvTransport || this.closed || this.consuming.has(p.producerId)) return;
    // Marked before the first await: the same producer can be announced and listed at once.
    this.consuming.add(p.producerId);
    try {
      const { consumer: options } = await request(this.socket, MediaEvents.consume, {
        producerId: p.producerId,
        rtpCapabilities: this.device.rtpCapabilities,
      });
      const consumer = await this.recvTransport.consume({
        id: options.id,
        producerId: options.producerId,
        kind: options.kind,
        rtpParameters: options.rtpParameters as Parameters<Transport['consume']>[0]['rtpParameters'],
      });
      const info: RemoteTrack = {
        consumerId: consumer.id,
        producerId: p.producerId,
        source: options.source,
        sessionId: options.sessionId,
        kind: options.kind,
        track: consumer.track,
      };
      this.consumers.set(consumer.id, { consumer, info });
      consumer.on('trackended', () => this.dropConsumer(consumer.id));
      this.listeners.onTrack(info);
      // Tells the server our side is ready; it resumes only if the audio floor allows it.
      await request(this.socket, MediaEvents.resumeConsumer, { consumerId: consumer.id });
    } catch (err) {
      this.listeners.onError?.(err);
    }
  }

  private dropConsumer(consumerId: string): void {
    const entry = this.consumers.get(consumerId);
    if (!entry) return;
    entry.consumer.close();
    this.consumers.delete(consumerId);
    this.listeners.onTrackEnded(consumerId);
  }

  remoteTracks(): RemoteTrack[] {
    return [...this.consumers.values()].map((c) => c.info);
  }

  /** Raw stats of the transports, for quality indicators and tests. */
  async stats(): Promise<{ send: RTCStatsReport | null; recv: RTCStatsReport | null }> {
    return {
      send: (await this.sendTransport?.getStats()) ?? null,
      recv: (await this.recvTransport?.getStats()) ?? null,
    };
  }

  close(): void {
    this.closed = true;
    this.socket.off(MediaPush.producerAvailable, this.onAvailable);
    this.socket.off(MediaPush.consumerClosed, this.onConsumerClosed);
    for (const { consumer } of this.consumers.values()) consumer.close();
    this.consumers.clear();
    for (const p of this.producers.values()) p.close();
    this.producers.clear();
    this.sendTransport?.close();
    this.recvTransport?.close();
    this.device = new Device();
  }
}
