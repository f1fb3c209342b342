// The CSO's window: an ordinary maximised window (officers use other programs too) with the
// same lock-down as the booth — only the server-served officer UI, camera and microphone and
// nothing else, and back to the UI after a renderer crash, a hang or an unreachable server.

import { app, BrowserWindow, Menu } from 'electron';
import { hardenContents, hardenSession } from '@bilik/shared/electron';

export interface OfficerWindowOptions {
  /** Origin of the branch server; the only origin the window may show or grant camera to. */
  appOrigin: string;
  /** The branch CA the window trusts for that origin, and nothing else. */
  caFingerprint: string;
  /** `${serverUrl}/officer/` */
  uiUrl: string;
  /** Absolute path of the bundled CommonJS preload (sandboxed preloads cannot be ESM). */
  preloadPath: string;
}

// A hang shorter than this (a heavy frame, GC) is left alone rather than dropping the calls.
const UNRESPONSIVE_GRACE_MS = 10_000;
const LOAD_RETRY_MS = 5_000;
// Chromium's net::ERR_ABORTED: a navigation superseded by another, not a failure.
const ERR_ABORTED = -3;

export function createOfficerWindow(options: OfficerWindowOptions): BrowserWindow {
  Menu.setApplicationMenu(null);
  const win = new BrowserWindow({
    show: false,
    autoHideMenuBar: true,
    title: 'Bilik — Officer',
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
  keepShowingOfficerUi(win, options.uiUrl, () => pin.problemPage());
  win.maximize();
  win.show();
  void win.loadURL(options.uiUrl);
  return win;
}

function keepShowingOfficerUi(
  win: BrowserWindow,
  uiUrl: string,
  certificateProblem: () => string | null,
): void {
  const contents = win.webContents;
  let hangTimer: NodeJS.Timeout | undefined;
  let reloadTimer: NodeJS.Timeout | undefined;

  const reloadUi = (delayMs: number) => {
    if (reloadTimer) return;
    reloadTimer = setTimeout(() => {
      reloadTimer = undefined;
      if (!win.isDestroyed()) void win.loadURL(uiUrl);
    }, delayMs);
  };

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    console.error(`officer renderer gone (${details.reason}, exit ${details.exitCode}); reloading`);
    reloadUi(1_000);
  });
  win.on('unresponsive', () => {
    hangTimer ??= setTimeout(() => {
      hangTimer = undefined;
      console.error('officer renderer unresponsive; restarting it');
      // Ends the hung process; render-process-gone then reloads the UI in a new one.
      if (!win.isDestroyed()) contents.forcefullyCrashRenderer();
    }, UNRESPONSIVE_GRACE_MS);
  });
  win.on('responsive', () => {
    clearTimeout(hangTimer);
    hangTimer = undefined;
  });
  contents.on('did-fail-load', (_event, errorCode, errorDescription, url, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    console.error(`officer UI failed to load ${url}: ${errorDescription} (${errorCode}); retrying`);
    // A refused certificate is for branch IT to see, with both fingerprints, until it is fixed.
    const problem = certificateProblem();
    if (problem) void win.loadURL(problem);
    reloadUi(LOAD_RETRY_MS);
  });
}
