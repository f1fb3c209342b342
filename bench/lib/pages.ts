import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, mediaContext } from '../../e2e/support/chromium.js';
import { buildFixturePage, servePage } from '../../e2e/support/fixturePages.js';

/** Debian Chromium plus the bundled peer fixture page served on 127.0.0.1. */
export class PeerPages {
  private constructor(
    readonly browser: Browser,
    readonly url: string,
    private readonly server: Server,
    private readonly dir: string,
  ) {}

  static async start(): Promise<PeerPages> {
    const dir = mkdtempSync(join(tmpdir(), 'bilik-bench-pages-'));
    await buildFixturePage('peer', join(dir, 'peer'));
    await buildFixturePage('loopback', join(dir, 'loopback'));
    const { server, url } = await servePage(join(dir, 'peer'));
    return new PeerPages(await launchChromium(), url, server, dir);
  }

  get loopbackDir(): string {
    return join(this.dir, 'loopback');
  }

  async open(url = this.url): Promise<Page> {
    const page = await (await mediaContext(this.browser, new URL(url).origin)).newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-ready=true]', { state: 'attached' });
    return page;
  }

  async close(): Promise<void> {
    await this.browser.close();
    this.server.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Polls a page-side value until it is non-null. */
export async function until<T>(read: () => Promise<T | null>, timeoutMs = 20_000): Promise<T> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (v !== null) return v;
    if (performance.now() > end) throw new Error('timed out waiting in the page');
    await new Promise((r) => setTimeout(r, 20));
  }
}
