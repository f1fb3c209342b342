import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBranchCa, issueServerCertificate } from '../sfu-server/src/tls/certificates.js';
import { BRANCH_NAME, FIXTURE_NAME } from './support/branchTrust.js';
import { launchChromium, mediaContext } from './support/chromium.js';
import { fixtureServer } from './support/fixturePages.js';

// Proves the e2e rig: Debian Chromium starts, trusts the e2e branch CA on a non-localhost
// name, and its fake camera gives a live track there (a secure context, as on a branch LAN).
describe('e2e rig', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = await fixtureServer();
    server.on('request', (_, res) =>
      res.end('<!doctype html><title>rig</title><video autoplay muted></video>'),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `https://${FIXTURE_NAME}:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('reads a live MediaStreamTrack from the fake camera', async () => {
    const page = await (await mediaContext(browser, origin)).newPage();
    await page.goto(origin);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
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

  it('refuses a server whose certificate another CA issued, even under the branch name', async () => {
    const stranger = await createBranchCa('stranger');
    const leaf = await issueServerCertificate(stranger, [BRANCH_NAME, '127.0.0.1']);
    const impostor = createServer(
      { key: leaf.keyPem, cert: `${leaf.certPem.trim()}\n${stranger.certPem}` },
      (_, res) => res.end('impostor'),
    );
    await new Promise<void>((r) => impostor.listen(0, '127.0.0.1', r));
    try {
      const page = await (await mediaContext(browser, origin)).newPage();
      const url = `https://${BRANCH_NAME}:${(impostor.address() as AddressInfo).port}/`;
      await expect(page.goto(url)).rejects.toThrow('net::ERR_CERT_AUTHORITY_INVALID');
    } finally {
      impostor.close();
    }
  });
});
