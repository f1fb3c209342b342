import type { MediaSource } from '@bilik/shared';
import type { types } from 'mediasoup';
import { ServiceError } from '../errors.js';

export type MediaNetwork = { listenIp: string; announcedAddress: string | null };

/** Where a transport/producer/consumer came from, kept in mediasoup's appData. */
export type ProducerTag = { source: MediaSource; sessionId: string | null };

/** One peer's (a booth's or the CSO's) transports, producers and consumers in one router. */
export class PeerMedia {
  private readonly transports = new Map<string, types.WebRtcTransport>();
  readonly producers = new Map<string, types.Producer<ProducerTag>>();
  readonly consumers = new Map<string, types.Consumer>();

  constructor(
    private readonly router: types.Router,
    private readonly network: MediaNetwork,
    /** null for the CSO; the booth's session id otherwise. */
    readonly sessionId: string | null,
  ) {}

  async createTransport(direction: 'send' | 'recv'): Promise<types.WebRtcTransport> {
    // A client that starts its media again (renderer reload, crash recovery) must not leave its
    // old transport behind: consume() picks the recv transport, and would pick the dead one.
    for (const t of this.transports.values()) if (t.appData.direction === direction) t.close();
    const transport = await this.router.createWebRtcTransport({
      listenInfos: [
        {
          protocol: 'udp',
          ip: this.network.listenIp,
          ...(this.network.announcedAddress ? { announcedAddress: this.network.announcedAddress } : {}),
        },
        {
          protocol: 'tcp',
          ip: this.network.listenIp,
          ...(this.network.announcedAddress ? { announcedAddress: this.network.announcedAddress } : {}),
        },
      ],
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      appData: { direction },
    });
    this.transports.set(transport.id, transport);
    transport.observer.on('close', () => this.transports.delete(transport.id));
    return transport;
  }

  transport(id: string): types.WebRtcTransport | undefined {
    return this.transports.get(id);
  }

  /** At most one producer per source: a re-produced camera replaces the old one. */
  async produce(
    transportId: string,
    kind: types.MediaKind,
    rtpParameters: types.RtpParameters,
    source: MediaSource,
  ): Promise<types.Producer<ProducerTag>> {
    const transport = this.transports.get(transportId);
    if (!transport || transport.appData.direction !== 'send')
      throw new ServiceError('NOT_FOUND', 'no such send transport');
    for (const p of this.producers.values()) if (p.appData.source === source) p.close();
    const producer = await transport.produce<ProducerTag>({
      kind,
      rtpParameters,
      appData: { source, sessionId: this.sessionId },
    });
    this.producers.set(producer.id, producer);
    producer.observer.on('close', () => this.producers.delete(producer.id));
    return producer;
  }

  producerBySource(source: MediaSource): types.Producer<ProducerTag> | undefined {
    for (const p of this.producers.values()) if (p.appData.source === source) return p;
    return undefined;
  }

  async consume(
    producer: types.Producer<ProducerTag>,
    rtpCapabilities: types.RtpCapabilities,
  ): Promise<types.Consumer> {
    if (!this.router.canConsume({ producerId: producer.id, rtpCapabilities })) {
      throw new ServiceError('BAD_REQUEST', 'these rtpCapabilities cannot consume that producer');
    }
    const transport = [...this.transports.values()].find((t) => t.appData.direction === 'recv');
    if (!transport) throw new ServiceError('CONFLICT', 'create a recv transport first');
    // Always created paused: the desk policy, not the client, decides when media flows.
    const consumer = await transport.consume({ producerId: producer.id, rtpCapabilities, paused: true });
    this.consumers.set(consumer.id, consumer);
    consumer.observer.on('close', () => this.consumers.delete(consumer.id));
    return consumer;
  }

  close(): void {
    for (const t of this.transports.values()) t.close();
  }
}
