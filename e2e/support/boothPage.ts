// Booth fixture pages for officer e2e tests: the fixture (e2e/fixtures/booth) is bundled with
// Vite into a temp dir and served from its own 127.0.0.1 origin; each booth is enrolled from
// Node with a seeded code and gets its device token in the page URL.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import type { BoothFixtureApi, InboundRtp } from '../fixtures/booth/api.js';
import { FIXTURE_NAME, e2eAgent, fixtureCertificate } from './branchTrust.js';
import { mediaContext } from './chromium.js';
import { send } from '../../sfu-server/src/test-support/branchClient.js';

const FIXTURE_ROOT = resolve(import.meta.dirname, '../fixtures/booth');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.map': 'application/json',
};

export type BoothFixture = { origin: string; close(): Promise<void> };

export async function serveBoothFixture(address = '127.0.0.1'): Promise<BoothFixture> {
  const outDir = mkdtempSync(join(tmpdir(), 'bilik-booth-fixture-'));
  await build({
    configFile: false,
    root: FIXTURE_ROOT,
    base: './',
    logLevel: 'warn',
    // Workspace packages from their TypeScript sources, as the apps' own Vite configs do.
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    build: { outDir, emptyOutDir: true, target: 'chrome120', sourcemap: false, chunkSizeWarningLimit: 2000 },
  });
  const server = createServer(await fixtureCertificate(), (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(outDir, normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, address, r));
  return {
    origin: `https://${FIXTURE_NAME}:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** One booth page, with typed access to its window.booth. */
export class BoothPage {
  constructor(
    readonly page: Page,
    readonly boothName: string,
  ) {}

  call<K extends keyof BoothFixtureApi>(
    name: K,
    ...args: Parameters<BoothFixtureApi[K]>
  ): Promise<Awaited<ReturnType<BoothFixtureApi[K]>>> {
    return this.page.evaluate(
      ([n, a]) => (window.booth[n] as (...x: unknown[]) => unknown)(...(a as unknown[])),
      [name, args] as const,
    ) as Promise<Awaited<ReturnType<BoothFixtureApi[K]>>>;
  }

  /** Audio packets received so far (the CSO's microphone; paused consumers add nothing). */
  async audioPacketsIn(): Promise<number> {
    const rtp: InboundRtp[] = await this.call('inboundRtp');
    return rtp.filter((r) => r.kind === 'audio').reduce((n, r) => n + r.packetsReceived, 0);
  }
}

export async function openBoothPage(
  browser: Browser,
  fixture: BoothFixture,
  serverUrl: string,
  enrollmentCode: string,
  serverAddress = '127.0.0.1',
): Promise<BoothPage> {
  const res = await send(`${serverUrl}/api/booth/enroll`, {
    agent: await e2eAgent(serverAddress),
    json: { code: enrollmentCode },
  });
  const body = JSON.parse(res.body) as { deviceToken: string; boothName: string };
  if (res.status !== 200) throw new Error(`enrollment failed: ${res.body}`);
  const context = await mediaContext(browser, fixture.origin);
  const page = await context.newPage();
  const query = new URLSearchParams({ server: serverUrl, token: body.deviceToken });
  await page.goto(`${fixture.origin}/?${query}`);
  await page.waitForFunction(() => typeof window.booth === 'object');
  return new BoothPage(page, body.boothName);
}
