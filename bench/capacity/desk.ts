import type { types } from 'mediasoup';
import {
  desiredConsumerState,
  reconcileConsumers,
  type ConsumerBinding,
  type ConsumerRole,
} from '../../sfu-server/src/desks/policy.js';
import { MEDIA_CODECS } from '../../sfu-server/src/media/codecs.js';
import { AUDIO_LEVEL_EXT_ID, type StampWindow } from './rtpPackets.js';
import type { RtpGenerator, StreamSpec, VideoStreamSpec } from './rtpGenerator.js';
import { UdpSink } from './udpSink.js';

// One desk as the SFU builds it (DeskRoom: a router, an AudioLevelObserver over the booth mics,
// consumers created paused and then moved by reconcileConsumers), with PlainTransports where
// the browsers' WebRtcTransports would be.

export const BOOTHS_PER_DESK = 6;
const VP8_PT = 96;
const OPUS_PT = 111;
const LISTEN = { protocol: 'udp', ip: '127.0.0.1' } as const;

/** One consumer, what the policy wants of it, and where to count what it actually forwards. */
export type Probe = {
  consumer: types.Consumer;
  role: ConsumerRole;
  sessionId: string;
  paused: boolean;
  spatialLayer: number | null;
  /** Generator SSRC of the producer stream this consumer should forward under the policy. */
  sourceSsrc: number;
  sinkSsrc: number;
  sink: UdpSink;
};

export type BenchDesk = {
  router: types.Router;
  producers: types.Producer[];
  probes: Probe[];
  sink: UdpSink;
};

/**
 * Consumers get the router's capabilities minus transport-cc and REMB: nothing at the sink
 * sends that feedback, and with it mediasoup would hand the layers to a bandwidth estimator
 * starved of reports (Transport.cpp creates a TCC client) instead of the policy's choice.
 */
export function benchCapabilities(router: types.Router): types.RtpCapabilities {
  const caps = router.rtpCapabilities;
  return {
    codecs: (caps.codecs ?? []).map((c) => ({
      ...c,
      rtcpFeedback: (c.rtcpFeedback ?? []).filter((f) => f.type !== 'transport-cc' && f.type !== 'goog-remb'),
    })),
    headerExtensions: (caps.headerExtensions ?? []).filter(
      (h) => !h.uri.includes('transport-wide-cc') && !h.uri.includes('abs-send-time'),
    ),
  };
}

const videoFeedback = [
  { type: 'nack' },
  { type: 'nack', parameter: 'pli' },
  { type: 'ccm', parameter: 'fir' },
];

function vp8Params(ssrcs: number[], cname: string): types.RtpParameters {
  return {
    codecs: [{ mimeType: 'video/VP8', payloadType: VP8_PT, clockRate: 90000, rtcpFeedback: videoFeedback }],
    encodings: ssrcs.map((ssrc) => ({ ssrc })),
    headerExtensions: [],
    rtcp: { cname, reducedSize: true },
  };
}

function opusParams(ssrc: number, cname: string): types.RtpParameters {
  return {
    codecs: [
      {
        mimeType: 'audio/opus',
        payloadType: OPUS_PT,
        clockRate: 48000,
        channels: 2,
        parameters: { useinbandfec: 1 },
      },
    ],
    encodings: [{ ssrc }],
    headerExtensions: [{ uri: 'urn:ietf:params:rtp-hdrext:ssrc-audio-level', id: AUDIO_LEVEL_EXT_ID }],
    rtcp: { cname, reducedSize: true },
  };
}

type Peer = {
  key: string;
  send: types.PlainTransport;
  recv: types.PlainTransport;
  media: Map<string, Source>;
};
type Source = { producer: types.Producer; ssrcs: number[] };

function video(
  ssrc: number,
  fps: number,
  kbps: number,
  w: number,
  h: number,
  phaseMs: number,
): VideoStreamSpec {
  const spec = { kind: 'vp8' as const, ssrc, payloadType: VP8_PT, fps, bitrateBps: kbps * 1000 };
  return { ...spec, width: w, height: h, keyFrameIntervalMs: 2000, phaseMs };
}

export async function buildDesk(
  worker: types.Worker,
  deskIndex: number,
  generator: RtpGenerator,
  nextSsrc: () => number,
  window: StampWindow,
): Promise<BenchDesk> {
  const router = await worker.createRouter({ mediaCodecs: MEDIA_CODECS });
  const sink = await UdpSink.open(window).catch((err: unknown) => {
    router.close();
    throw err;
  });
  // A desk that fails half-built must not leave its router or sink behind.
  return populateDesk(router, sink, deskIndex, generator, nextSsrc).catch(async (err: unknown) => {
    router.close();
    await sink.close();
    throw err;
  });
}

async function populateDesk(
  router: types.Router,
  sink: UdpSink,
  deskIndex: number,
  generator: RtpGenerator,
  nextSsrc: () => number,
): Promise<BenchDesk> {
  const audioLevels = await router.createAudioLevelObserver({ interval: 500, threshold: -60, maxEntries: 6 });
  const booths = Array.from({ length: BOOTHS_PER_DESK }, (_, i) => `d${deskIndex}-booth${i}`);
  const focused = booths[0]!;

  const peers: Peer[] = [];
  for (const key of ['cso', ...booths]) {
    const send = await router.createPlainTransport({ listenInfo: LISTEN, comedia: true, rtcpMux: true });
    const recv = await router.createPlainTransport({ listenInfo: LISTEN, comedia: false, rtcpMux: true });
    await recv.connect({ ip: '127.0.0.1', port: sink.port });
    const specs: StreamSpec[] = [];
    const media = new Map<string, Source>();
    const add = async (source: string, kind: types.MediaKind, params: types.RtpParameters) => {
      const producer = await send.produce({ kind, rtpParameters: params });
      const ssrcs = params.encodings!.map((e) => e.ssrc!);
      media.set(source, { producer, ssrcs });
      if (source === 'mic' && key !== 'cso') await audioLevels.addProducer({ producerId: producer.id });
    };
    // Spread the cameras' periodic keyframes over the 2 s GOP instead of bursting together.
    const phase = () => Math.floor(Math.random() * 2000);
    if (key === 'cso') {
      const cam = nextSsrc();
      const mic = nextSsrc();
      await add('camera', 'video', vp8Params([cam], key));
      await add('mic', 'audio', opusParams(mic, key));
      specs.push(video(cam, 30, 800, 1280, 720, phase()));
      specs.push({ kind: 'opus', ssrc: mic, payloadType: OPUS_PT });
    } else {
      const layers = [nextSsrc(), nextSsrc(), nextSsrc()];
      const doc = nextSsrc();
      const mic = nextSsrc();
      await add('camera', 'video', vp8Params(layers, key));
      await add('document', 'video', vp8Params([doc], key));
      await add('mic', 'audio', opusParams(mic, key));
      const p = phase();
      const sizes = [
        [150, 320, 180],
        [500, 640, 360],
        [1200, 1280, 720],
      ] as const;
      layers.forEach((ssrc, i) => specs.push(video(ssrc, 30, sizes[i]![0], sizes[i]![1], sizes[i]![2], p)));
      specs.push(video(doc, 15, 1500, 1920, 1080, phase()));
      specs.push({ kind: 'opus', ssrc: mic, payloadType: OPUS_PT });
    }
    // Producers exist before their first packet, so the worker never drops an unknown SSRC.
    await generator.addEndpoint(send.tuple.localPort, specs);
    peers.push({ key, send, recv, media });
  }

  // Consumers exactly as DeskRoom creates them: CSO <- every booth's camera/document/mic, every
  // booth <- the CSO's camera/mic; created paused, then the floor applied.
  const caps = benchCapabilities(router);
  const cso = peers[0]!;
  const pending: { binding: ConsumerBinding; consumer: types.Consumer; source: Source }[] = [];
  const consume = async (to: Peer, source: Source, role: ConsumerRole, sessionId: string) => {
    const consumer = await to.recv.consume({
      producerId: source.producer.id,
      rtpCapabilities: caps,
      paused: true,
    });
    pending.push({
      binding: { consumerId: consumer.id, role, sessionId, paused: true, spatialLayer: null },
      consumer,
      source,
    });
  };
  for (const booth of peers.slice(1)) {
    await consume(cso, booth.media.get('camera')!, 'boothCamToCso', booth.key);
    await consume(cso, booth.media.get('document')!, 'boothDocToCso', booth.key);
    await consume(cso, booth.media.get('mic')!, 'boothMicToCso', booth.key);
    await consume(booth, cso.media.get('camera')!, 'csoCamToBooth', booth.key);
    await consume(booth, cso.media.get('mic')!, 'csoMicToBooth', booth.key);
  }

  // The same actions DeskRoom.reconcile applies, in the same order (pauses first).
  const byId = new Map(pending.map((p) => [p.binding.consumerId, p]));
  for (const action of reconcileConsumers(
    pending.map((p) => p.binding),
    focused,
  )) {
    const p = byId.get(action.consumerId)!;
    if (action.type === 'pause') await p.consumer.pause();
    else if (action.type === 'resume') await p.consumer.resume();
    else if (p.consumer.type === 'simulcast')
      await p.consumer.setPreferredLayers({ spatialLayer: action.spatialLayer });
  }

  const probes = pending.map(({ binding, consumer, source }): Probe => {
    const want = desiredConsumerState(binding.role, binding.sessionId, focused);
    // The bench counts against desiredConsumerState; make sure reconcile really got there.
    if (consumer.paused !== want.paused)
      throw new Error(
        `${binding.role} for ${binding.sessionId}: paused=${consumer.paused}, policy wants ${want.paused}`,
      );
    const layer = consumer.type === 'simulcast' ? (want.spatialLayer ?? source.ssrcs.length - 1) : 0;
    return {
      consumer,
      role: binding.role,
      sessionId: binding.sessionId,
      paused: want.paused,
      spatialLayer: want.spatialLayer,
      sourceSsrc: source.ssrcs[layer]!,
      sinkSsrc: consumer.rtpParameters.encodings![0]!.ssrc!,
      sink,
    };
  });
  const producers = peers.flatMap((p) => [...p.media.values()].map((s) => s.producer));
  return { router, producers, probes, sink };
}
