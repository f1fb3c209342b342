// The officer station in Chromium for e2e tests, served by the branch server under /officer/
// with its real CSP. Helpers read what a CSO would see (decoding video) and what the SFU lets
// through (RTP packets per booth), without hooks in the station's own code: RTCPeerConnections
// are recorded by an init script, and <audio>/<video> elements carry the session they play.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { uiId } from '../../officer-station/src/renderer/i18n/ui.id.js';
import { mediaContext } from './chromium.js';

export const officerText = uiId;

declare global {
  interface Window {
    __bilikPeerConnections?: RTCPeerConnection[];
  }
}

/** `query` configures the browser bridge, e.g. `amber=2&red=6` for short waiting SLAs. */
export async function openOfficerPage(browser: Browser, serverUrl: string, query = ''): Promise<Page> {
  const context = await mediaContext(browser, serverUrl);
  await context.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const all: RTCPeerConnection[] = [];
    window.__bilikPeerConnections = all;
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super(config);
        all.push(this);
      }
    };
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`[officer page] ${err.message}`));
  await page.goto(`${serverUrl}/officer/${query ? `?${query}` : ''}`);
  return page;
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel(uiId['login.username']).fill(username);
  await page.getByLabel(uiId['login.password']).fill(password);
  await page.getByRole('button', { name: uiId['login.submit'] }).click();
}

export async function openDesk(page: Page, size: 1 | 4 | 5 | 6): Promise<void> {
  const label = size === 1 ? uiId['open.oneToOne'] : uiId['open.oneToMany'].replace('{n}', String(size));
  await page.getByLabel(label).check();
  await page.getByRole('button', { name: uiId['open.submit'] }).click();
  await page.locator('[data-media-status="live"]').waitFor({ timeout: 20_000 });
}

export const tile = (page: Page, slot: number) => page.locator(`.grid > li[data-slot="${slot}"]`);

/** Frames presented between two video frame callbacks of the first video matching `selector`. */
export function videoProgress(page: Page, selector: string): Promise<{ frames: number; width: number }> {
  return page.evaluate(async (sel) => {
    const video = document.querySelector<HTMLVideoElement>(sel);
    if (!video || video.hidden || !video.srcObject) return { frames: 0, width: 0 };
    const nextFrame = () =>
      new Promise<VideoFrameCallbackMetadata | null>((resolve) => {
        const id = video.requestVideoFrameCallback((_now, meta) => resolve(meta));
        setTimeout(() => {
          video.cancelVideoFrameCallback(id);
          resolve(null);
        }, 2000);
      });
    const first = await nextFrame();
    const second = await nextFrame();
    if (!first || !second) return { frames: 0, width: 0 };
    return { frames: second.presentedFrames - first.presentedFrames, width: second.width };
  }, selector);
}

/** Audio RTP packets received per booth session, from the station's own peer connections. */
export function audioPacketsBySession(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const sessionOfTrack = new Map<string, string>();
    for (const audio of document.querySelectorAll<HTMLAudioElement>('audio[data-session-id]')) {
      const track = (audio.srcObject as MediaStream | null)?.getAudioTracks()[0];
      if (track) sessionOfTrack.set(track.id, audio.dataset.sessionId!);
    }
    const packets: Record<string, number> = {};
    for (const session of sessionOfTrack.values()) packets[session] = 0;
    for (const pc of window.__bilikPeerConnections ?? []) {
      if (pc.connectionState === 'closed') continue;
      const report = await pc.getStats();
      report.forEach(
        (s: { type: string; kind?: string; trackIdentifier?: string; packetsReceived?: number }) => {
          if (s.type !== 'inbound-rtp' || s.kind !== 'audio') return;
          const session = sessionOfTrack.get(s.trackIdentifier ?? '');
          if (session) packets[session] = (packets[session] ?? 0) + (s.packetsReceived ?? 0);
        },
      );
    }
    return packets;
  });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: number };

/**
 * axe-core against the live page. Evaluated through the DevTools protocol, because the
 * station's CSP (script-src 'self') rightly refuses an injected inline <script>.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
    }));
  });
}
