// The booth window: locked full screen, showing only the server-served kiosk UI, able to use
// camera and microphone and nothing else, and always coming back to the attract screen — after
// a renderer crash, a hang, or the branch server being unreachable at boot.

import { app, BrowserWindow, Menu } from 'electron';
import { hardenContents, hardenSession } from '@bilik/shared/electron';

export interface KioskWindowOptions {
  /** Origin of the branch server; the only origin the window may show or grant camera to. */
  appOrigin: string;
  /** The branch CA the window trusts for that origin, and nothing else. */
  caFingerprint: string;
  /** `${serverUrl}/kiosk/?booth=…` */
  attractUrl: string;
  /** Absolute path of the bundled CommonJS preload (sandboxed preloads cannot be ESM). */
  preloadPath: string;
}

// A hang shorter than this (a heavy frame, GC) is left alone rather than ending a session.
const UNRESPONSIVE_GRACE_MS = 10_000;
const LOAD_RETRY_MS = 5_000;
const CRASH_WINDOW_MS = 60_000;
// Chromium's net::ERR_ABORTED: a navigation superseded by another, not a failure.
const ERR_ABORTED = -3;

export function createKioskWindow(options: KioskWindowOptions): BrowserWindow {
  Menu.setApplicationMenu(null);
  const win = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      devTools: !app.isPackaged,
      preload: options.preloadPath,
    },
  });
  const pin = hardenSession(win.webContents.session, options);
  hardenContents(win.webContents, options.appOrigin);
  keepShowingKioskUi(win, options.attractUrl, () => pin.problemPage());
  preventClosingByHand(win);
  void win.loadURL(options.attractUrl);
  return win;
}

function keepShowingKioskUi(
  win: BrowserWindow,
  attractUrl: string,
  certificateProblem: () => string | null,
): void {
  const contents = win.webContents;
  const crashes: number[] = [];
  let hangTimer: NodeJS.Timeout | undefined;
  let reloadTimer: NodeJS.Timeout | undefined;

  const reloadAttract = (delayMs: number) => {
    if (reloadTimer) return;
    reloadTimer = setTimeout(() => {
      reloadTimer = undefined;
      if (!win.isDestroyed()) void win.loadURL(attractUrl);
    }, delayMs);
  };

  contents.on('render-process-gone', (_event, details) => {
    console.error(
      `kiosk renderer gone (${details.reason}, exit ${details.exitCode}); reloading attract screen`,
    );
    const now = Date.now();
    crashes.push(now);
    while (crashes.length > 0 && (crashes[0] ?? now) < now - CRASH_WINDOW_MS) crashes.shift();
    // Back off when the page keeps crashing so a bad build does not spin the CPU.
    reloadAttract(crashes.length > 3 ? 15_000 : 500);
  });

  win.on('unresponsive', () => {
    hangTimer ??= setTimeout(() => {
      hangTimer = undefined;
      console.error('kiosk renderer unresponsive; restarting it');
      // Ends the hung process; render-process-gone then loads the attract screen in a new one.
      if (!win.isDestroyed()) contents.forcefullyCrashRenderer();
    }, UNRESPONSIVE_GRACE_MS);
  });
  win.on('responsive', () => {
    clearTimeout(hangTimer);
    hangTimer = undefined;
  });

  contents.on('did-fail-load', (_event, errorCode, errorDescription, url, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    console.error(`kiosk UI failed to load ${url}: ${errorDescription} (${errorCode}); retrying`);
    // A refused certificate is for branch IT to see, with both fingerprints, until it is fixed.
    const problem = certificateProblem();
    if (problem) void win.loadURL(problem);
    reloadAttract(LOAD_RETRY_MS);
  });
}

// A participant must not be able to leave the booth UI (Alt+F4, window manager close). The app
// still quits normally on app.quit(), e.g. when systemd stops it.
function preventClosingByHand(win: BrowserWindow): void {
  let quitting = false;
  app.once('before-quit', () => {
    quitting = true;
  });
  win.on('close', (event) => {
    if (!quitting) event.preventDefault();
  });
}
