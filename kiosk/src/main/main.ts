// Booth app entry: config → locked window → barcode reader → IPC. Decisions live in the modules
// it wires (config, window, hid, sane); this file only connects them.

import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { isSameAppOrigin, parseHttpOrigin } from '@bilik/shared/electron';
import { mainIpc } from '@bilik/shared/ipc';
import { KioskIpc, type KioskIpcMap } from '../bridge/ipc.js';
import type { DeviceState } from '../bridge/types.js';
import { attractScreenUrl, loadKioskConfig, toBridgeConfig, type KioskHostConfig } from './config.js';
import { startScannerDevice, type ScannerDevice } from './hid/scannerDevice.js';
import { sendToPrinter } from './receipt/printerPort.js';
import { encodeReceiptSlip, parseReceiptSlip } from './receipt/receiptSlip.js';
import { scanFlatbed } from './sane.js';
import { createKioskWindow } from './window.js';

type KioskMainIpc = ReturnType<typeof mainIpc<KioskIpcMap>>;

// The preload is bundled to CommonJS next to the compiled main (sandboxed preloads cannot be ESM).
const PRELOAD_PATH = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url));

if (!app.requestSingleInstanceLock()) {
  // A second copy would fight the first over the barcode reader and the screen.
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

function start(): void {
  let config: KioskHostConfig;
  try {
    config = loadKioskConfig(process.env, app.getPath('userData')).config;
  } catch (error) {
    dialog.showErrorBox('Bilik kiosk: configuration', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const appOrigin = parseHttpOrigin(config.serverUrl);
  if (appOrigin === null) throw new Error(`unreachable: serverUrl validated as http(s): ${config.serverUrl}`);

  const win = createKioskWindow({
    appOrigin,
    caFingerprint: config.caFingerprint,
    attractUrl: attractScreenUrl(config),
    preloadPath: PRELOAD_PATH,
  });
  // Only the served kiosk UI may call the host, never a frame that slipped in from elsewhere.
  const ipc = mainIpc<KioskIpcMap>(ipcMain, (event) =>
    isSameAppOrigin(event.senderFrame?.url ?? '', appOrigin),
  );
  const reader: { state: DeviceState } = { state: 'missing' };
  const scanner = startBarcodeReader(config, win, ipc, reader);
  registerIpc(ipc, config, reader);
  app.once('will-quit', () => void scanner.stop());
}

/** `reader.state` follows the reader as it is found, unplugged and found again (the heartbeat reports it). */
function startBarcodeReader(
  config: KioskHostConfig,
  win: BrowserWindow,
  ipc: KioskMainIpc,
  reader: { state: DeviceState },
): ScannerDevice {
  return startScannerDevice({
    ...(config.scanner ? { selector: config.scanner } : {}),
    onCode: (code) => {
      ipc.push(win.webContents, KioskIpc.scan, code);
    },
    onStatus: (status) => {
      reader.state = status.connected ? 'ok' : 'missing';
      if (status.connected) console.warn(`barcode reader connected: ${status.product ?? 'unknown product'}`);
      else console.warn(`barcode reader unavailable: ${status.error ?? 'not found'}`);
    },
  });
}

function registerIpc(ipc: KioskMainIpc, config: KioskHostConfig, reader: { state: DeviceState }): void {
  let scanning = false;

  ipc.handle(KioskIpc.getConfig, () => toBridgeConfig(config));

  ipc.handle(KioskIpc.hostStatus, () => ({ appVersion: app.getVersion(), barcodeReader: reader.state }));

  ipc.handle(KioskIpc.scanFlatbed, async () => {
    if (config.flatbedScanner === undefined)
      return { ok: false, error: 'no flatbed scanner is configured for this booth' };
    if (scanning) return { ok: false, error: 'flatbed scanner is busy' };
    scanning = true;
    try {
      return await scanFlatbed(config.flatbedScanner.device ? { device: config.flatbedScanner.device } : {});
    } finally {
      scanning = false;
    }
  });

  ipc.handle(KioskIpc.printReceipt, async (input) => {
    const printer = config.receiptPrinter;
    if (!printer) return { ok: false, error: 'no receipt printer is configured for this booth' };
    const slip = parseReceiptSlip(input);
    if (!slip) return { ok: false, error: 'not a receipt slip' };
    try {
      await sendToPrinter(printer, encodeReceiptSlip(slip, printer.columns));
      return { ok: true };
    } catch (error) {
      console.warn(`receipt printer: ${error instanceof Error ? error.message : String(error)}`);
      return { ok: false, error: 'the receipt printer did not take the slip' };
    }
  });

  ipc.on(KioskIpc.crashRecovered, () => console.warn('kiosk UI reports it recovered after a renderer crash'));
}
