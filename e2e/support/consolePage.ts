// The branch console in Chromium for e2e tests, served by the branch server under /console/ with
// its real CSP, at the 1920×1080 a supervisor's or branch IT's monitor has.

import type { Browser, Page } from 'playwright-core';
import { consoleId } from '../../officer-station/src/console/i18n/console.id.js';
import { mediaContext } from './chromium.js';
import { officerText } from './officerPage.js';

export const consoleText = consoleId;

export async function openConsole(browser: Browser, serverUrl: string, hash = ''): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`[console page] ${err.message}`));
  await page.goto(`${serverUrl}/console/${hash}`);
  return page;
}

export async function signInConsole(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel(officerText['login.username']).fill(username);
  await page.getByLabel(officerText['login.password']).fill(password);
  await page.getByRole('button', { name: officerText['login.submit'] }).click();
}

/** A kiosk page of the built renderer at /kiosk/, not yet enrolled (its own browser context). */
export async function openKioskPage(browser: Browser, serverUrl: string): Promise<Page> {
  const context = await mediaContext(browser, serverUrl, { width: 1920, height: 1080 });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`[kiosk page] ${err.message}`));
  await page.goto(`${serverUrl}/kiosk/`);
  return page;
}
