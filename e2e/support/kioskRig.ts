import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startBranchServer, type E2eServer } from './branchServer.js';
import { launchChromium, mediaContext } from './chromium.js';

const AXE_SOURCE = readFileSync(
  resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
  'utf8',
);

export type KioskRig = {
  server: E2eServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  close(): Promise<void>;
};

/**
 * A real branch server, Debian's Chromium with fake camera/microphone, and one kiosk page at
 * `/kiosk/` + `query`. Every getUserMedia track the page opens is recorded in
 * `window.__bilikTracks`, so a test can check that the privacy wipe really stopped them, and
 * every utterance given to speechSynthesis in `window.__bilikSpoken`.
 */
export async function startKioskRig(): Promise<KioskRig> {
  const server = await startBranchServer();
  const browser = await launchChromium();
  // The booth's own monitor, which the screens are laid out for (layout.e2e.ts also checks
  // portrait); on it the short screens do not scroll, so their only controls come first on Tab.
  const context = await mediaContext(browser, server.url, { width: 1920, height: 1080 });
  await context.addInitScript(() => {
    const tracks: MediaStreamTrack[] = [];
    (window as unknown as { __bilikTracks: MediaStreamTrack[] }).__bilikTracks = tracks;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      tracks.push(...stream.getTracks());
      return stream;
    };
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { __bilikSpoken: typeof spoken }).__bilikSpoken = spoken;
    if ('speechSynthesis' in window) {
      const speak = speechSynthesis.speak.bind(speechSynthesis);
      speechSynthesis.speak = (utterance) => {
        spoken.push({ text: utterance.text, lang: utterance.lang });
        speak(utterance);
      };
    }
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`http ${r.status()}: ${r.url()}`);
  });
  return {
    server,
    browser,
    context,
    page,
    problems,
    async close() {
      await browser.close().catch(() => undefined);
      await server.stop();
    },
  };
}

/** Opens the kiosk enrolled with one of the server's demo codes; resolves on the attract screen. */
export async function openEnrolledKiosk(rig: KioskRig, code: string, extraQuery = ''): Promise<void> {
  await rig.page.goto(`${rig.server.url}/kiosk/?enroll=${encodeURIComponent(code)}${extraQuery}`);
  await rig.page.getByRole('heading', { name: 'Selamat datang di layanan BPJS Ketenagakerjaan' }).waitFor();
}

/**
 * Runs axe-core on the page as it is; serious and critical violations fail the test. axe is
 * evaluated through the DevTools protocol rather than page.addScriptTag: the kiosk's CSP
 * (script-src 'self') rightly blocks the inline <script> addScriptTag would insert, and the
 * tests keep that CSP on so they would notice the app itself breaking it.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    type AxeResults = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    };
    const results = await axe.run(document);
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations, `axe on the ${screen} screen`).toEqual([]);
}

/** Live local tracks (opened by the page through getUserMedia) that have not been stopped. */
export function liveLocalTracks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __bilikTracks: MediaStreamTrack[] }).__bilikTracks
      .filter((t) => t.readyState === 'live')
      .map((t) => `${t.kind}:${t.label}`),
  );
}

/** A code read by the booth's barcode reader, through the browser bridge's test hook. */
export async function injectScan(page: Page, text: string): Promise<void> {
  await page.evaluate((code) => {
    const hook = (window as unknown as { __bilikInjectScan?: (text: string) => void }).__bilikInjectScan;
    if (!hook) throw new Error('the kiosk page has no scan hook (not the browser bridge?)');
    hook(code);
  }, text);
}

/** What the page has given to speechSynthesis so far. */
export function spokenPrompts(page: Page): Promise<{ text: string; lang: string }[]> {
  return page.evaluate(
    () => (window as unknown as { __bilikSpoken: { text: string; lang: string }[] }).__bilikSpoken,
  );
}

export function isCspProblem(text: string): boolean {
  return /Content Security Policy/i.test(text);
}
