import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, mediaContext } from './support/chromium.js';

// Proves the e2e rig: Debian Chromium starts, and its fake camera gives a live track.
describe('e2e rig', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((_, res) =>
      res.end('<!doctype html><title>rig</title><video autoplay muted></video>'),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('reads a live MediaStreamTrack from the fake camera', async () => {
    const page = await (await mediaContext(browser, origin)).newPage();
    await page.goto(origin);
    const track = await page.evaluate(async () => {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { width: 640, height: 480 },
        audio: true,
      });
      const video = document.querySelector('video')!;
      video.srcObject = stream;
      await new Promise((r) => (video.onplaying = r));
      const [v] = stream.getVideoTracks();
      return {
        kind: v!.kind,
        readyState: v!.readyState,
        width: video.videoWidth,
        audio: stream.getAudioTracks()[0]!.readyState,
      };
    });
    expect(track).toEqual({ kind: 'video', readyState: 'live', width: 640, audio: 'live' });
  });
});
