// The kiosk renderer's only door to the host: the KioskBridge, over IPC, and nothing else —
// no ipcRenderer, no Node. Must be bundled to one CommonJS file (sandboxed preloads can only
// require 'electron'), which also inlines the channel constants.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { KioskIpc } from '../bridge/ipc.js';
import type {
  FlatbedScanResult,
  HostStatus,
  KioskBridge,
  KioskConfig,
  PrintResult,
  ReceiptSlip,
  ScannedCode,
} from '../bridge/types.js';

const bridge: KioskBridge = {
  kind: 'electron',
  getConfig: () => ipcRenderer.invoke(KioskIpc.getConfig) as Promise<KioskConfig>,
  onScan(listener) {
    // Wrap so the page never receives the IpcRendererEvent (it exposes ipcRenderer.sender).
    const handler = (_event: IpcRendererEvent, code: ScannedCode) => listener(code);
    ipcRenderer.on(KioskIpc.scan, handler);
    return () => {
      ipcRenderer.removeListener(KioskIpc.scan, handler);
    };
  },
  scanFlatbed: () => ipcRenderer.invoke(KioskIpc.scanFlatbed) as Promise<FlatbedScanResult>,
  printReceipt: (slip: ReceiptSlip) =>
    ipcRenderer.invoke(KioskIpc.printReceipt, slip) as Promise<PrintResult>,
  hostStatus: () => ipcRenderer.invoke(KioskIpc.hostStatus) as Promise<HostStatus>,
  reportCrashRecovered() {
    ipcRenderer.send(KioskIpc.crashRecovered);
  },
};

contextBridge.exposeInMainWorld('bilik', bridge);
