import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, mediaContext } from './support/chromium.js';
import { buildFixturePage } from './support/fixturePages.js';
import { startLoopbackServer, type LoopbackServer } from './support/loopbackServer.js';

type Peer = {
  peer: {
    join(): Promise<void>;
    publish(): Promise<void>;
    subscribeExisting(): Promise<void>;
    inbound(): Promise<{ framesDecoded: number; audioPackets: number; dtls: string[] }>;
  };
};

// The worker built from source, with the DTLS BIO patch, carries real media between two
// Chromium pages: a DTLS handshake, SRTP, decoded video. Without the patch the worker crashes here.
describe('Chromium → mediasoup worker → Chromium', () => {
  let dir: string;
  let server: LoopbackServer;
  let browser: Browser;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bilik-loopback-'));
    await buildFixturePage('loopback', dir);
    server = await startLoopbackServer(dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async (): Promise<Page> => {
    const page = await (await mediaContext(browser, server.url)).newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready=true]', { state: 'attached' });
    await page.evaluate(() => (window as unknown as Peer).peer.join());
    return page;
  };

  it('completes DTLS and decodes video and audio sent from the other page', async () => {
    const sender = await open();
    await sender.evaluate(() => (window as unknown as Peer).peer.publish());
    const receiver = await open();
    await receiver.evaluate(() => (window as unknown as Peer).peer.subscribeExisting());
    await expect
      .poll(
        async () => (await receiver.evaluate(() => (window as unknown as Peer).peer.inbound())).framesDecoded,
        { timeout: 20_000 },
      )
      .toBeGreaterThan(20);
    const stats = await receiver.evaluate(() => (window as unknown as Peer).peer.inbound());
    expect(stats.audioPackets).toBeGreaterThan(20);
    expect(stats.dtls).toContain('connected');
    expect(server.worker.closed).toBe(false);
    console.log(`loopback: ${stats.framesDecoded} frames decoded, ${stats.audioPackets} audio packets`);
  });
});
