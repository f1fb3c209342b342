import {
  MediaEvents,
  MediaPush,
  type Ack,
  type ConsumerOptions,
  type ProducerAvailable,
} from '@bilik/shared';
import type { Socket } from 'socket.io-client';
import { craftedRtpParameters } from './craftedMedia.js';
import { request } from './testServer.js';

type Source = 'mic' | 'camera' | 'document';

/**
 * A headless client's media, behaving as the kiosk and officer station do: it sets up its
 * transports, produces its sources with crafted RTP parameters, consumes whatever the server
 * announces and says it is ready. Every reaction is tracked, so a test can wait until the client
 * has nothing left in flight. Refusals are part of racing (a booth handed off mid-setup); a
 * server failure (INTERNAL, MEDIA_ERROR) is recorded for the test to assert on.
 */
export class MediaClient {
  private readonly inFlight = new Set<Promise<unknown>>();
  readonly failures: string[] = [];
  private generation = 0;
  private rtpCapabilities: object | null = null;
  private sendTransport: string | null = null;
  readonly producers = new Map<Source, string>();
  readonly consumers = new Map<string, ConsumerOptions>();

  constructor(
    readonly socket: Socket,
    private readonly sources: readonly Source[],
  ) {
    socket.on(MediaPush.producerAvailable, (p: ProducerAvailable) => {
      const generation = this.generation;
      this.track(this.whenJoined(generation, () => this.consume(p.producerId)));
    });
    socket.on(MediaPush.consumerClosed, ({ consumerId }: { consumerId: string }) =>
      this.consumers.delete(consumerId),
    );
  }

  /** (Re)joins the desk's media from scratch, as a client does on a new desk or media epoch. */
  start(): void {
    const generation = ++this.generation;
    this.rtpCapabilities = null;
    this.sendTransport = null;
    this.producers.clear();
    this.consumers.clear();
    this.track(this.setUp(generation));
  }

  /** Forgets its media (left the desk): nothing more is consumed until start() again. */
  stop(): void {
    this.generation++;
    this.rtpCapabilities = null;
    this.producers.clear();
    this.consumers.clear();
  }

  private async setUp(generation: number): Promise<void> {
    const caps = await this.call<{ rtpCapabilities: object; producers: ProducerAvailable[] }>(
      MediaEvents.getRouterCapabilities,
      {},
    );
    if (!caps || generation !== this.generation) return;
    const send = await this.call<{ transport: { id: string } }>(MediaEvents.createTransport, {
      direction: 'send',
    });
    const recv = await this.call<{ transport: { id: string } }>(MediaEvents.createTransport, {
      direction: 'recv',
    });
    if (!send || !recv || generation !== this.generation) return;
    this.rtpCapabilities = caps.rtpCapabilities;
    this.sendTransport = send.transport.id;
    await Promise.all([
      ...this.sources.map((source) => this.produce(source)),
      ...caps.producers.map((p) => this.consume(p.producerId)),
    ]);
  }

  async produce(source: Source): Promise<void> {
    if (!this.sendTransport) return;
    const r = await this.call<{ producerId: string }>(MediaEvents.produce, {
      transportId: this.sendTransport,
      kind: source === 'mic' ? 'audio' : 'video',
      rtpParameters: craftedRtpParameters(source),
      source,
    });
    if (r) this.producers.set(source, r.producerId);
  }

  /** Closes one of its producers and produces that source again, as a client switching devices does. */
  async reproduce(source: Source): Promise<void> {
    const producerId = this.producers.get(source);
    if (!producerId) return;
    this.producers.delete(source);
    await this.call(MediaEvents.closeProducer, { producerId });
    await this.produce(source);
  }

  private async consume(producerId: string): Promise<void> {
    if (!this.rtpCapabilities) return;
    const r = await this.call<{ consumer: ConsumerOptions }>(MediaEvents.consume, {
      producerId,
      rtpCapabilities: this.rtpCapabilities,
    });
    if (!r) return;
    this.consumers.set(r.consumer.id, r.consumer);
    await this.call(MediaEvents.resumeConsumer, { consumerId: r.consumer.id });
  }

  /** A client trying to unmute what the floor holds: asks to resume every consumer it has. */
  async resumeEverything(): Promise<void> {
    await Promise.all(
      [...this.consumers.keys()].map((consumerId) => this.call(MediaEvents.resumeConsumer, { consumerId })),
    );
  }

  private async whenJoined(generation: number, then: () => Promise<void>): Promise<void> {
    // An announcement can overtake our own join; it is also in the join's producer list then.
    if (generation === this.generation && this.rtpCapabilities) await then();
  }

  private async call<T extends object>(event: string, payload: unknown): Promise<T | null> {
    const r = (await request(this.socket, event, payload)) as Ack<T>;
    if (r.ok) return r;
    if (r.code === 'INTERNAL' || r.code === 'MEDIA_ERROR' || r.code === 'BAD_REQUEST')
      this.failures.push(`${event}: ${r.code} ${r.message}`);
    return null;
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }

  idleNow(): boolean {
    return this.inFlight.size === 0;
  }

  /** Resolves once nothing this client started is still running. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}
