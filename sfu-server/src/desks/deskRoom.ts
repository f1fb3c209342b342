import { EventEmitter } from 'node:events';
import type { ProducerAvailable } from '@bilik/shared';
import type { types } from 'mediasoup';
import { MEDIA_CODECS } from '../media/codecs.js';
import { MediaRequestError, PeerMedia, type MediaNetwork, type ProducerTag } from '../media/peerMedia.js';
import {
  reconcileConsumers,
  type ConsumerAction,
  type ConsumerBinding,
  type ConsumerRole,
} from './policy.js';

/** A peer of the room: the CSO, or a booth by its session id. */
export type PeerKey = 'cso' | `booth:${string}`;
export const boothKey = (sessionId: string): PeerKey => `booth:${sessionId}`;

type Binding = ConsumerBinding & { consumer: types.Consumer; peer: PeerKey; clientReady: boolean };

type RoomEvents = {
  producerAvailable: [to: PeerKey, producer: ProducerAvailable];
  consumerClosed: [to: PeerKey, consumerId: string];
  score: [sessionId: string, score: number];
  speaking: [sessionIds: string[]];
};

/**
 * The media half of a desk: one router, the CSO's and the booths' media, and the consumers
 * between them, kept in line with the audio floor. Who holds the floor is decided by the
 * pure policy; this class only applies it to mediasoup.
 */
export class DeskRoom extends EventEmitter<RoomEvents> {
  private readonly peers = new Map<PeerKey, PeerMedia>();
  private readonly bindings = new Map<string, Binding>();
  private focused: string | null = null;

  private constructor(
    readonly router: types.Router,
    private readonly network: MediaNetwork,
    private readonly audioLevels: types.AudioLevelObserver,
  ) {
    super();
    audioLevels.on('volumes', (volumes) =>
      this.emit(
        'speaking',
        volumes.map((v) => (v.producer.appData as ProducerTag).sessionId ?? '').filter(Boolean),
      ),
    );
    audioLevels.on('silence', () => this.emit('speaking', []));
  }

  static async create(worker: types.Worker, network: MediaNetwork): Promise<DeskRoom> {
    const router = await worker.createRouter({ mediaCodecs: MEDIA_CODECS });
    const audioLevels = await router.createAudioLevelObserver({
      interval: 500,
      threshold: -60,
      maxEntries: 6,
    });
    return new DeskRoom(router, network, audioLevels);
  }

  get focusedSessionId(): string | null {
    return this.focused;
  }

  peer(key: PeerKey): PeerMedia {
    let peer = this.peers.get(key);
    if (!peer) {
      peer = new PeerMedia(this.router, this.network, key === 'cso' ? null : key.slice('booth:'.length));
      this.peers.set(key, peer);
    }
    return peer;
  }

  hasPeer(key: PeerKey): boolean {
    return this.peers.has(key);
  }

  async produce(
    key: PeerKey,
    transportId: string,
    kind: types.MediaKind,
    rtpParameters: types.RtpParameters,
    source: ProducerTag['source'],
  ): Promise<types.Producer<ProducerTag>> {
    if (key === 'cso' && source === 'document')
      throw new MediaRequestError('FORBIDDEN', 'only booths have a document camera');
    const producer = await this.peer(key).produce(transportId, kind, rtpParameters, source);
    if (source === 'mic' && key !== 'cso') await this.audioLevels.addProducer({ producerId: producer.id });
    producer.on('score', (scores) => {
      if (key !== 'cso' && source === 'camera' && scores.length)
        this.emit('score', key.slice(6), Math.min(...scores.map((s) => s.score)));
    });
    const announcement: ProducerAvailable = {
      producerId: producer.id,
      kind,
      source,
      sessionId: producer.appData.sessionId,
    };
    for (const to of this.audienceOf(key)) this.emit('producerAvailable', to, announcement);
    return producer;
  }

  /** Booths see only the CSO; the CSO sees every booth. Never booth to booth. */
  private audienceOf(key: PeerKey): PeerKey[] {
    return key === 'cso' ? [...this.peers.keys()].filter((k) => k !== 'cso') : ['cso'];
  }

  /** Producers a (re)joining peer may consume, to announce to it. */
  availableTo(key: PeerKey): ProducerAvailable[] {
    const sources =
      key === 'cso'
        ? [...this.peers.entries()].filter(([k]) => k !== 'cso')
        : [...this.peers.entries()].filter(([k]) => k === 'cso');
    return sources.flatMap(([, p]) =>
      [...p.producers.values()].map((pr) => ({
        producerId: pr.id,
        kind: pr.kind,
        source: pr.appData.source,
        sessionId: pr.appData.sessionId,
      })),
    );
  }

  private roleFor(
    consumerKey: PeerKey,
    producer: types.Producer<ProducerTag>,
    ownerKey: PeerKey,
  ): { role: ConsumerRole; sessionId: string } {
    if (consumerKey === 'cso' && ownerKey !== 'cso') {
      const sessionId = ownerKey.slice(6);
      const role = ({ camera: 'boothCamToCso', document: 'boothDocToCso', mic: 'boothMicToCso' } as const)[
        producer.appData.source
      ];
      return { role, sessionId };
    }
    if (consumerKey !== 'cso' && ownerKey === 'cso' && producer.appData.source !== 'document') {
      return {
        role: producer.appData.source === 'mic' ? 'csoMicToBooth' : 'csoCamToBooth',
        sessionId: consumerKey.slice(6),
      };
    }
    throw new MediaRequestError('FORBIDDEN', 'you may not consume that producer');
  }

  async consume(
    key: PeerKey,
    producerId: string,
    rtpCapabilities: types.RtpCapabilities,
  ): Promise<{
    consumer: types.Consumer;
    binding: ConsumerBinding;
    source: ProducerTag['source'];
    ownerSessionId: string | null;
  }> {
    const owner = [...this.peers.entries()].find(([, p]) => p.producers.has(producerId));
    if (!owner) throw new MediaRequestError('NOT_FOUND', 'no such producer at this desk');
    const [ownerKey, ownerPeer] = owner;
    const producer = ownerPeer.producers.get(producerId)!;
    const { role, sessionId } = this.roleFor(key, producer, ownerKey);
    const consumer = await this.peer(key).consume(producer, rtpCapabilities);
    const binding: Binding = {
      consumerId: consumer.id,
      role,
      sessionId,
      paused: true,
      spatialLayer: null,
      consumer,
      peer: key,
      clientReady: false,
    };
    this.bindings.set(consumer.id, binding);
    consumer.observer.on('close', () => {
      this.bindings.delete(consumer.id);
      this.emit('consumerClosed', key, consumer.id);
    });
    return { consumer, binding, source: producer.appData.source, ownerSessionId: producer.appData.sessionId };
  }

  /** The client has set up its side; media flows now if (and only if) the floor allows it. */
  async clientReady(key: PeerKey, consumerId: string): Promise<{ paused: boolean }> {
    const b = this.bindings.get(consumerId);
    if (!b || b.peer !== key) throw new MediaRequestError('NOT_FOUND', 'no such consumer');
    b.clientReady = true;
    await this.reconcile();
    return { paused: b.paused };
  }

  /** Moves the floor; resolves once every affected consumer is actually paused or resumed. */
  async setFocus(sessionId: string | null): Promise<void> {
    this.focused = sessionId;
    await this.reconcile();
  }

  private async reconcile(): Promise<void> {
    // A consumer whose client is not ready yet stays paused whatever the floor says.
    const active = [...this.bindings.values()].filter((b) => b.clientReady);
    const actions = reconcileConsumers(active, this.focused);
    // All pauses land before any resume (the floor is taken before it is given); within each
    // group the worker requests go out together rather than one round trip at a time.
    await Promise.all(actions.filter((a) => a.type === 'pause').map((a) => this.applySafely(a)));
    await Promise.all(actions.filter((a) => a.type !== 'pause').map((a) => this.applySafely(a)));
  }

  private async applySafely(action: ConsumerAction): Promise<void> {
    const b = this.bindings.get(action.consumerId);
    if (!b || b.consumer.closed) return;
    try {
      await this.apply(b, action);
    } catch (err) {
      // Its producer closed meanwhile: the worker reports that before refusing the request,
      // so a consumer closed by now needs nothing more. Anything else is a real failure.
      if (!b.consumer.closed) throw err;
    }
  }

  private async apply(b: Binding, action: ConsumerAction): Promise<void> {
    if (action.type === 'pause') {
      await b.consumer.pause();
      b.paused = true;
    } else if (action.type === 'resume') {
      await b.consumer.resume();
      b.paused = false;
    } else {
      if (b.consumer.type === 'simulcast')
        await b.consumer.setPreferredLayers({ spatialLayer: action.spatialLayer });
      b.spatialLayer = action.spatialLayer;
    }
  }

  /** Snapshot of consumer states, for tests and metrics. */
  consumerStates(): {
    consumerId: string;
    role: ConsumerRole;
    sessionId: string;
    paused: boolean;
    peer: PeerKey;
  }[] {
    return [...this.bindings.values()].map((b) => ({
      consumerId: b.consumerId,
      role: b.role,
      sessionId: b.sessionId,
      paused: b.consumer.paused,
      peer: b.peer,
    }));
  }

  removePeer(key: PeerKey): void {
    // Consumers of this peer's media close with it here, not later when the worker reports its
    // producers gone, so the floor is never reconciled against half-closed consumers.
    const sessionId = key === 'cso' ? null : key.slice('booth:'.length);
    for (const b of [...this.bindings.values()]) {
      if (b.peer === key || (key === 'cso' ? b.role.startsWith('cso') : b.sessionId === sessionId))
        b.consumer.close();
    }
    this.peers.get(key)?.close();
    this.peers.delete(key);
    if (sessionId !== null && this.focused === sessionId) this.focused = null;
  }

  close(): void {
    this.router.close();
    this.peers.clear();
    this.bindings.clear();
  }
}
