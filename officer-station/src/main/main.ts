// Officer station entry: config → window → IPC. Decisions live in config and window.

import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain } from 'electron';
import { isSameAppOrigin, parseHttpOrigin } from '@bilik/shared/electron';
import { mainIpc } from '@bilik/shared/ipc';
import { OfficerIpc, type OfficerIpcMap } from '../bridge/ipc.js';
import { loadOfficerConfig, officerUiUrl, toBridgeConfig, type OfficerHostConfig } from './config.js';
import { createOfficerWindow } from './window.js';

// The preload is bundled to CommonJS next to the compiled main (sandboxed preloads cannot be ESM).
const PRELOAD_PATH = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

function start(): void {
  let config: OfficerHostConfig;
  try {
    config = loadOfficerConfig(process.env, app.getPath('userData')).config;
  } catch (error) {
    dialog.showErrorBox(
      'Bilik officer station: configuration',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
    return;
  }
  const appOrigin = parseHttpOrigin(config.serverUrl);
  if (appOrigin === null) throw new Error(`unreachable: serverUrl validated as http(s): ${config.serverUrl}`);

  const win = createOfficerWindow({
    appOrigin,
    caFingerprint: config.caFingerprint,
    uiUrl: officerUiUrl(config),
    preloadPath: PRELOAD_PATH,
  });
  // A second launch (double-clicked icon) brings the running window forward instead.
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  // Only the served officer UI may call the host.
  const ipc = mainIpc<OfficerIpcMap>(ipcMain, (event) =>
    isSameAppOrigin(event.senderFrame?.url ?? '', appOrigin),
  );
  ipc.handle(OfficerIpc.getConfig, () => toBridgeConfig(config));
}
