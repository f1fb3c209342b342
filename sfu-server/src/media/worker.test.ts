import { createWorker, type types } from 'mediasoup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEDIA_CODECS } from './codecs.js';

// Proves the worker built by scripts/mediasoup-worker/build.sh runs: the project's own binary,
// not a prebuilt download (there is none on this network).
describe('mediasoup worker built from the npm tarball', () => {
  let worker: types.Worker;
  beforeAll(async () => {
    worker = await createWorker({ logLevel: 'warn', rtcMinPort: 43000, rtcMaxPort: 43099 });
  });
  afterAll(() => worker?.close());

  it('runs a router with opus, VP8 and H264 and a WebRTC transport on 127.0.0.1', async () => {
    expect(process.env.MEDIASOUP_WORKER_BIN).toMatch(/mediasoup-worker$/);
    const router = await worker.createRouter({ mediaCodecs: MEDIA_CODECS });
    expect(router.rtpCapabilities.codecs?.map((c) => c.mimeType)).toEqual(
      expect.arrayContaining(['audio/opus', 'video/VP8', 'video/H264']),
    );

    const transport = await router.createWebRtcTransport({
      listenInfos: [{ protocol: 'udp', ip: '127.0.0.1' }],
    });
    expect(transport.iceCandidates[0]).toMatchObject({ address: '127.0.0.1', protocol: 'udp' });
    expect(transport.iceCandidates[0]!.port).toBeGreaterThanOrEqual(43000);
    expect(transport.dtlsParameters.fingerprints.length).toBeGreaterThan(0);

    const usage = await worker.getResourceUsage();
    expect(usage.ru_maxrss).toBeGreaterThan(0);
    expect(usage.ru_utime + usage.ru_stime).toBeGreaterThanOrEqual(0);
    expect(worker.pid).toBeGreaterThan(0);
    router.close();
  });
});
