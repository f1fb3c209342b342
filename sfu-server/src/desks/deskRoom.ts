import { EventEmitter } from 'node:events';
import type { ConsumerOptions, ProducerAvailable, TransportOptions } from '@bilik/shared';
import type { types } from 'mediasoup';
import type { Logger } from 'pino';
import { ServiceError } from '../errors.js';
import { MEDIA_CODECS } from '../media/codecs.js';
import { PeerMedia, type MediaNetwork, type ProducerTag } from '../media/peerMedia.js';
import {
  reconcileConsumers,
  type ConsumerAction,
  type ConsumerBinding,
  type ConsumerRole,
} from './policy.js';

/** A peer of the room: the CSO, or a booth by its session id. */
export type PeerKey = 'cso' | `booth:${string}`;
export const boothKey = (sessionId: string): PeerKey => `booth:${sessionId}`;
const sessionOf = (key: PeerKey): string | null => (key === 'cso' ? null : key.slice('booth:'.length));

type Binding = {
  consumerId: string;
  role: ConsumerRole;
  sessionId: string;
  consumer: types.Consumer;
  peer: PeerKey;
  clientReady: boolean;
  /** The layer last asked of the worker; layers are a matter of picture quality, not of privacy. */
  spatialLayer: number | null;
};

export type ConsumerState = {
  consumerId: string;
  role: ConsumerRole;
  sessionId: string;
  peer: PeerKey;
  paused: boolean;
  clientReady: boolean;
};

type RoomEvents = {
  producerAvailable: [to: PeerKey, producer: ProducerAvailable];
  consumerClosed: [to: PeerKey, consumerId: string];
  score: [sessionId: string, score: number];
  speaking: [sessionIds: string[]];
  iceRestart: [key: PeerKey];
};

/**
 * The media half of a desk: one router, the CSO's and the booths' media, and the consumers
 * between them, kept in line with the audio floor. Who holds the floor is decided by the pure
 * policy; this class applies it to mediasoup. Its owner (Desk) calls it one operation at a time.
 */
export class DeskRoom extends EventEmitter<RoomEvents> {
  private readonly peers = new Map<PeerKey, PeerMedia>();
  private readonly bindings = new Map<string, Binding>();
  private focused: string | null = null;

  private constructor(
    readonly router: types.Router,
    private readonly network: MediaNetwork,
    private readonly audioLevels: types.AudioLevelObserver,
    private readonly logger: Logger,
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

  static async create(worker: types.Worker, network: MediaNetwork, logger: Logger): Promise<DeskRoom> {
    const router = await worker.createRouter({ mediaCodecs: MEDIA_CODECS });
    const audioLevels = await router.createAudioLevelObserver({
      interval: 500,
      threshold: -60,
      maxEntries: 6,
    });
    return new DeskRoom(router, network, audioLevels, logger);
  }

  private peer(key: PeerKey): PeerMedia {
    let peer = this.peers.get(key);
    if (!peer) {
      peer = new PeerMedia(this.router, this.network, sessionOf(key));
      this.peers.set(key, peer);
    }
    return peer;
  }

  hasPeer(key: PeerKey): boolean {
    return this.peers.has(key);
  }

  producerOf(key: PeerKey, source: ProducerTag['source']): types.Producer<ProducerTag> | undefined {
    return this.peers.get(key)?.producerBySource(source);
  }

  /** Joins now, not at the first transport, so nothing produced meanwhile goes unannounced. */
  join(key: PeerKey): { rtpCapabilities: types.RtpCapabilities; producers: ProducerAvailable[] } {
    this.peer(key);
    return { rtpCapabilities: this.router.rtpCapabilities, producers: this.availableTo(key) };
  }

  async createTransport(key: PeerKey, direction: 'send' | 'recv'): Promise<TransportOptions> {
    const t = await this.peer(key).createTransport(direction);
    return {
      id: t.id,
      iceParameters: t.iceParameters,
      iceCandidates: t.iceCandidates,
      dtlsParameters: t.dtlsParameters,
    };
  }

  async connectTransport(
    key: PeerKey,
    transportId: string,
    dtlsParameters: types.DtlsParameters,
  ): Promise<void> {
    const t = this.peer(key).transport(transportId);
    if (!t) throw new ServiceError('NOT_FOUND', 'no such transport');
    await t.connect({ dtlsParameters });
  }

  /** New ICE credentials after a network drop; the client restarts ICE with them. */
  async restartIce(key: PeerKey, transportId: string): Promise<{ iceParameters: types.IceParameters }> {
    const t = this.peer(key).transport(transportId);
    if (!t) throw new ServiceError('NOT_FOUND', 'no such transport');
    const iceParameters = await t.restartIce();
    this.emit('iceRestart', key);
    return { iceParameters };
  }

  async produce(
    key: PeerKey,
    transportId: string,
    kind: types.MediaKind,
    rtpParameters: types.RtpParameters,
    source: ProducerTag['source'],
  ): Promise<{ producerId: string }> {
    if ((source === 'mic') !== (kind === 'audio'))
      throw new ServiceError('BAD_REQUEST', `source ${source} cannot be ${kind}`);
    if (key === 'cso' && source === 'document')
      throw new ServiceError('FORBIDDEN', 'only booths have a document camera');
    const producer = await this.peer(key).produce(transportId, kind, rtpParameters, source);
    if (source === 'mic' && key !== 'cso') await this.audioLevels.addProducer({ producerId: producer.id });
    producer.on('score', (scores) => {
      const sessionId = sessionOf(key);
      if (sessionId && source === 'camera' && scores.length)
        this.emit('score', sessionId, Math.min(...scores.map((s) => s.score)));
    });
    const announcement: ProducerAvailable = {
      producerId: producer.id,
      kind,
      source,
      sessionId: producer.appData.sessionId,
    };
    for (const to of this.audienceOf(key)) this.emit('producerAvailable', to, announcement);
    return { producerId: producer.id };
  }

  closeProducer(key: PeerKey, producerId: string): void {
    const producer = this.peers.get(key)?.producers.get(producerId);
    if (!producer) throw new ServiceError('NOT_FOUND', 'no such producer of yours');
    producer.close();
  }

  /** Booths see only the CSO; the CSO sees every booth. Never booth to booth. */
  private audienceOf(key: PeerKey): PeerKey[] {
    return key === 'cso' ? [...this.peers.keys()].filter((k) => k !== 'cso') : ['cso'];
  }

  /** Producers a (re)joining peer may consume, to announce to it. */
  private availableTo(key: PeerKey): ProducerAvailable[] {
    const sources = [...this.peers.entries()].filter(([k]) => (key === 'cso' ? k !== 'cso' : k === 'cso'));
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
    const owner = sessionOf(ownerKey);
    const consumer = sessionOf(consumerKey);
    if (consumer === null && owner !== null) {
      const role = ({ camera: 'boothCamToCso', document: 'boothDocToCso', mic: 'boothMicToCso' } as const)[
        producer.appData.source
      ];
      return { role, sessionId: owner };
    }
    if (consumer !== null && owner === null && producer.appData.source !== 'document') {
      return {
        role: producer.appData.source === 'mic' ? 'csoMicToBooth' : 'csoCamToBooth',
        sessionId: consumer,
      };
    }
    throw new ServiceError('FORBIDDEN', 'you may not consume that producer');
  }

  async consume(
    key: PeerKey,
    producerId: string,
    rtpCapabilities: types.RtpCapabilities,
  ): Promise<ConsumerOptions> {
    const owner = [...this.peers.entries()].find(([, p]) => p.producers.has(producerId));
    if (!owner) throw new ServiceError('NOT_FOUND', 'no such producer at this desk');
    const [ownerKey, ownerPeer] = owner;
    const producer = ownerPeer.producers.get(producerId)!;
    const { role, sessionId } = this.roleFor(key, producer, ownerKey);
    const consumer = await this.peer(key).consume(producer, rtpCapabilities);
    this.bindings.set(consumer.id, {
      consumerId: consumer.id,
      role,
      sessionId,
      consumer,
      peer: key,
      clientReady: false,
      spatialLayer: null,
    });
    consumer.observer.on('close', () => {
      this.bindings.delete(consumer.id);
      this.emit('consumerClosed', key, consumer.id);
    });
    return {
      id: consumer.id,
      producerId,
      kind: consumer.kind,
      rtpParameters: consumer.rtpParameters,
      source: producer.appData.source,
      sessionId: producer.appData.sessionId,
      paused: true,
    };
  }

  /** The client has set up its side; media flows now if (and only if) the floor allows it. */
  async clientReady(key: PeerKey, consumerId: string): Promise<{ paused: boolean }> {
    const b = this.bindings.get(consumerId);
    if (!b || b.peer !== key) throw new ServiceError('NOT_FOUND', 'no such consumer');
    b.clientReady = true;
    await this.reconcile();
    return { paused: b.consumer.paused };
  }

  /** Moves the floor; resolves once every affected consumer is actually paused or resumed. */
  async setFocus(sessionId: string | null): Promise<void> {
    this.focused = sessionId;
    await this.reconcile();
  }

  /**
   * Computes the actions from each consumer's settled state (mediasoup's `paused`, exact because
   * the desk runs one operation at a time) and applies them. What failed is tried once more from
   * the new truth; a consumer that still cannot be paused is closed, so the floor fails closed.
   */
  private async reconcile(): Promise<void> {
    let failed = await this.applyActions();
    if (failed.length > 0) failed = await this.applyActions();
    for (const { binding, action, error } of failed) {
      this.logger.error(
        { consumerId: binding.consumerId, action: action.type, err: error },
        'floor action failed twice',
      );
      if (action.type === 'pause') binding.consumer.close();
    }
  }

  private async applyActions(): Promise<{ binding: Binding; action: ConsumerAction; error: unknown }[]> {
    // A consumer whose client is not ready yet stays paused whatever the floor says.
    const ready = [...this.bindings.values()].filter((b) => b.clientReady && !b.consumer.closed);
    const truth: ConsumerBinding[] = ready.map((b) => ({
      consumerId: b.consumerId,
      role: b.role,
      sessionId: b.sessionId,
      paused: b.consumer.paused,
      spatialLayer: b.spatialLayer,
    }));
    const actions = reconcileConsumers(truth, this.focused);
    const failed: { binding: Binding; action: ConsumerAction; error: unknown }[] = [];
    const run = (group: ConsumerAction[]) =>
      Promise.all(
        group.map(async (action) => {
          const binding = this.bindings.get(action.consumerId);
          if (!binding) return;
          try {
            await this.apply(binding, action);
          } catch (error) {
            // A consumer closed meanwhile (its producer or transport went) needs nothing more.
            if (!binding.consumer.closed) failed.push({ binding, action, error });
          }
        }),
      );
    // All pauses land before any resume (the floor is taken before it is given); within each
    // group the worker requests go out together rather than one round trip at a time.
    await run(actions.filter((a) => a.type === 'pause'));
    await run(actions.filter((a) => a.type !== 'pause'));
    return failed;
  }

  private async apply(b: Binding, action: ConsumerAction): Promise<void> {
    if (action.type === 'pause') await b.consumer.pause();
    else if (action.type === 'resume') await b.consumer.resume();
    else {
      if (b.consumer.type === 'simulcast')
        await b.consumer.setPreferredLayers({ spatialLayer: action.spatialLayer });
      b.spatialLayer = action.spatialLayer;
    }
  }

  consumerStates(): ConsumerState[] {
    return [...this.bindings.values()].map((b) => this.stateOf(b, b.consumer.paused));
  }

  /** The same, but each consumer's paused flag as the worker reports it (closed ones left out). */
  async consumerStatesFromWorker(): Promise<ConsumerState[]> {
    const states = await Promise.all(
      [...this.bindings.values()].map(async (b) => {
        try {
          return this.stateOf(b, (await b.consumer.dump()).paused);
        } catch (err) {
          if (b.consumer.closed) return null;
          throw err;
        }
      }),
    );
    return states.filter((s): s is ConsumerState => s !== null);
  }

  private stateOf(b: Binding, paused: boolean): ConsumerState {
    return {
      consumerId: b.consumerId,
      role: b.role,
      sessionId: b.sessionId,
      peer: b.peer,
      paused,
      clientReady: b.clientReady,
    };
  }

  async removePeer(key: PeerKey): Promise<void> {
    // Consumers of this peer's media close with it here, not later when the worker reports its
    // producers gone, so the floor is never reconciled against half-closed consumers.
    const sessionId = sessionOf(key);
    for (const b of [...this.bindings.values()]) {
      if (b.peer === key || (sessionId === null ? b.role.startsWith('cso') : b.sessionId === sessionId))
        b.consumer.close();
    }
    this.peers.get(key)?.close();
    this.peers.delete(key);
    if (sessionId !== null && this.focused === sessionId) this.focused = null;
    await this.reconcile();
  }

  close(): void {
    this.router.close();
    this.peers.clear();
    this.bindings.clear();
  }
}
