import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { BRANCH_NAME, FIXTURE_NAME, trustFlag } from './branchTrust.js';

/** Debian's Chromium with fake media devices; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.BILIK_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Pages open https://bilik.branch.test (the branch server, at `branchAddress`) and
 * https://fixtures.branch.test (fixture pages, on 127.0.0.1), never localhost: names mapped by
 * the resolver rules, certificates trusted only when they chain to the e2e branch CA.
 */
export async function launchChromium(
  options: { branchAddress?: string; fixtureAddress?: string; executablePath?: string } = {},
): Promise<Browser> {
  return chromium.launch({
    executablePath: options.executablePath ?? CHROMIUM_PATH,
    headless: true,
    args: [
      `--host-resolver-rules=MAP ${BRANCH_NAME} ${options.branchAddress ?? '127.0.0.1'}, MAP ${FIXTURE_NAME} ${options.fixtureAddress ?? '127.0.0.1'}`,
      await trustFlag(),
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--no-first-run',
      '--autoplay-policy=no-user-gesture-required',
      // Pages of one test share a machine; background tabs must not be throttled.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}

export async function mediaContext(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(['camera', 'microphone'], { origin });
  return context;
}
