// Booth app entry: config → locked window → barcode reader → IPC. Decisions live in the modules
// it wires (config, window, hid, sane); this file only connects them.

import { fileURLToPath } from 'node:url';
import {
  app,
  dialog,
  ipcMain,
  type BrowserWindow,
  type IpcMainEvent,
  type IpcMainInvokeEvent,
} from 'electron';
import { isSameAppOrigin, parseHttpOrigin } from '@bilik/shared/electron';
import { KioskIpc } from '../bridge/ipc.js';
import type { DeviceState, FlatbedScanResult, HostStatus, PrintResult } from '../bridge/types.js';
import { attractScreenUrl, loadKioskConfig, toBridgeConfig, type KioskHostConfig } from './config.js';
import { startScannerDevice, type ScannerDevice } from './hid/scannerDevice.js';
import { sendToPrinter } from './receipt/printerPort.js';
import { encodeReceiptSlip, parseReceiptSlip } from './receipt/receiptSlip.js';
import { scanFlatbed } from './sane.js';
import { createKioskWindow } from './window.js';

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
  const reader: { state: DeviceState } = { state: 'missing' };
  const scanner = startBarcodeReader(config, win, reader);
  registerIpc(config, appOrigin, reader);
  app.once('will-quit', () => void scanner.stop());
}

/** `reader.state` follows the reader as it is found, unplugged and found again (the heartbeat reports it). */
function startBarcodeReader(
  config: KioskHostConfig,
  win: BrowserWindow,
  reader: { state: DeviceState },
): ScannerDevice {
  return startScannerDevice({
    ...(config.scanner ? { selector: config.scanner } : {}),
    onCode: (code) => {
      if (!win.isDestroyed()) win.webContents.send(KioskIpc.scan, code);
    },
    onStatus: (status) => {
      reader.state = status.connected ? 'ok' : 'missing';
      if (status.connected) console.warn(`barcode reader connected: ${status.product ?? 'unknown product'}`);
      else console.warn(`barcode reader unavailable: ${status.error ?? 'not found'}`);
    },
  });
}

function registerIpc(config: KioskHostConfig, appOrigin: string, reader: { state: DeviceState }): void {
  // Only the served kiosk UI may call the host, never a frame that slipped in from elsewhere.
  const fromApp = (event: IpcMainEvent | IpcMainInvokeEvent) =>
    isSameAppOrigin(event.senderFrame?.url ?? '', appOrigin);
  const reject = () => Promise.reject(new Error('IPC from an unexpected page'));
  let scanning = false;

  ipcMain.handle(KioskIpc.getConfig, (event) => (fromApp(event) ? toBridgeConfig(config) : reject()));

  ipcMain.handle(KioskIpc.hostStatus, (event): Promise<HostStatus> | HostStatus =>
    fromApp(event) ? { appVersion: app.getVersion(), barcodeReader: reader.state } : reject(),
  );

  ipcMain.handle(KioskIpc.scanFlatbed, async (event): Promise<FlatbedScanResult> => {
    if (!fromApp(event)) return reject();
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

  ipcMain.handle(KioskIpc.printReceipt, async (event, input: unknown): Promise<PrintResult> => {
    if (!fromApp(event)) return reject();
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

  ipcMain.on(KioskIpc.crashRecovered, (event) => {
    if (fromApp(event)) console.warn('kiosk UI reports it recovered after a renderer crash');
  });
}
