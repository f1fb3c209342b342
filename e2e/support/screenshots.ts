// Layout checks for the e2e screenshot tests: what must be on screen is on screen, the page
// itself never scrolls, and each screen looks like its committed baseline (pixelmatch with a
// small tolerance, live video and clocks masked). BILIK_UPDATE_SCREENSHOTS=1 rewrites the
// baselines after an intended change; look at them before committing.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const BASELINE_DIR = resolve(import.meta.dirname, '../baselines');
const RESULTS_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

/** Share of pixels that may differ (antialiasing, a font hinting change) before a test fails. */
const MAX_DIFF_RATIO = 0.002;

export type Viewport = { name: string; width: number; height: number };
export const LANDSCAPE: Viewport = { name: 'landscape', width: 1920, height: 1080 };
export const PORTRAIT: Viewport = { name: 'portrait', width: 1080, height: 1920 };

/** Fails unless every locator is visible and wholly inside the viewport, and the page cannot scroll. */
export async function expectOnOneScreen(page: Page, label: string, essentials: Record<string, Locator>) {
  const viewport = page.viewportSize()!;
  for (const [name, locator] of Object.entries(essentials)) {
    const box = await locator.first().boundingBox();
    expect(box, `${label}: ${name} is rendered`).not.toBeNull();
    const inside =
      box!.x >= 0 &&
      box!.y >= 0 &&
      box!.x + box!.width <= viewport.width + 0.5 &&
      box!.y + box!.height <= viewport.height + 0.5;
    expect(
      inside,
      `${label}: ${name} at ${JSON.stringify(box)} lies inside ${JSON.stringify(viewport)}`,
    ).toBe(true);
  }
  const scroll = await page.evaluate(() => {
    const el = document.scrollingElement!;
    return { y: el.scrollHeight - el.clientHeight, x: el.scrollWidth - el.clientWidth };
  });
  expect(scroll, `${label}: the page itself does not scroll`).toEqual({ x: 0, y: 0 });
}

/** Compares the page with e2e/baselines/<name>.png, masking what moves (video, timers, references). */
export async function expectScreenshot(page: Page, name: string, masks: Locator[]): Promise<void> {
  // Two frames, so a layout change from the last action has been painted.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
  const actual = await page.screenshot({
    animations: 'disabled',
    caret: 'hide',
    mask: masks,
    maskColor: '#7f7f7f',
  });
  const baselineFile = join(BASELINE_DIR, `${name}.png`);
  if (process.env.BILIK_UPDATE_SCREENSHOTS) {
    mkdirSync(BASELINE_DIR, { recursive: true });
    writeFileSync(baselineFile, actual);
    return;
  }
  expect(existsSync(baselineFile), `baseline ${baselineFile} (BILIK_UPDATE_SCREENSHOTS=1 makes it)`).toBe(
    true,
  );
  const want = PNG.sync.read(readFileSync(baselineFile));
  const got = PNG.sync.read(actual);
  expect([got.width, got.height], `${name}: size`).toEqual([want.width, want.height]);
  const diff = new PNG({ width: want.width, height: want.height });
  const differing = pixelmatch(want.data, got.data, diff.data, want.width, want.height, { threshold: 0.1 });
  const ratio = differing / (want.width * want.height);
  if (ratio > MAX_DIFF_RATIO) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, `${name}.actual.png`), actual);
    writeFileSync(join(RESULTS_DIR, `${name}.diff.png`), PNG.sync.write(diff));
  }
  expect(
    ratio,
    `${name}: share of pixels unlike the baseline (see test-results/screenshots)`,
  ).toBeLessThanOrEqual(MAX_DIFF_RATIO);
}
