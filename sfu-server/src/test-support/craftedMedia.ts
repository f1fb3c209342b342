import { MediaEvents, type ConsumerOptions, type ProducerAvailable } from '@bilik/shared';
import { ok, type MediaTestSocket } from './testServer.js';

// Integration tests produce with hand-written RTP parameters through the real signalling path;
// mediasoup accepts producers on a transport before DTLS completes, which is all the floor needs.
// Real packets through DTLS are the e2e tests' job (Chromium).
let ssrc = 10_000;
const opus = {
  mimeType: 'audio/opus',
  payloadType: 111,
  clockRate: 48000,
  channels: 2,
  parameters: {},
  rtcpFeedback: [],
};
const vp8 = {
  mimeType: 'video/VP8',
  payloadType: 96,
  clockRate: 90000,
  parameters: {},
  rtcpFeedback: [{ type: 'nack' }, { type: 'ccm', parameter: 'fir' }],
};

export async function joinMedia(socket: MediaTestSocket): Promise<{
  rtpCapabilities: Record<string, unknown>;
  producers: ProducerAvailable[];
  send: string;
  recv: string;
}> {
  const caps = await ok(socket, MediaEvents.getRouterCapabilities, {});
  const send = await ok(socket, MediaEvents.createTransport, {
    direction: 'send',
  });
  const recv = await ok(socket, MediaEvents.createTransport, {
    direction: 'recv',
  });
  return { ...caps, send: send.transport.id, recv: recv.transport.id };
}

/** RTP parameters of a crafted producer: opus for the mic, VP8 simulcast for the camera. */
export function craftedRtpParameters(source: 'camera' | 'document' | 'mic'): Record<string, unknown> {
  return source === 'mic'
    ? { codecs: [opus], headerExtensions: [], encodings: [{ ssrc: ssrc++ }], rtcp: { cname: `c${ssrc}` } }
    : {
        codecs: [vp8],
        headerExtensions: [],
        // Three encodings make a simulcast producer, as the booth camera is.
        encodings:
          source === 'camera' ? [{ ssrc: ssrc++ }, { ssrc: ssrc++ }, { ssrc: ssrc++ }] : [{ ssrc: ssrc++ }],
        rtcp: { cname: `c${ssrc}` },
      };
}

export async function produceCrafted(
  socket: MediaTestSocket,
  transportId: string,
  source: 'camera' | 'document' | 'mic',
): Promise<string> {
  const r = await ok(socket, MediaEvents.produce, {
    transportId,
    kind: source === 'mic' ? 'audio' : 'video',
    rtpParameters: craftedRtpParameters(source),
    source,
  });
  return r.producerId;
}

export async function consumeAndReady(
  socket: MediaTestSocket,
  producerId: string,
  rtpCapabilities: Record<string, unknown>,
): Promise<ConsumerOptions & { pausedAfterReady: boolean }> {
  const { consumer } = await ok(socket, MediaEvents.consume, {
    producerId,
    rtpCapabilities,
  });
  const ready = await ok(socket, MediaEvents.resumeConsumer, {
    consumerId: consumer.id,
  });
  return { ...consumer, pausedAfterReady: ready.paused };
}
