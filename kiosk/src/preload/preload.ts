// The kiosk renderer's only door to the host: the KioskBridge, over IPC, and nothing else —
// no ipcRenderer, no Node. Must be bundled to one CommonJS file (sandboxed preloads can only
// require 'electron'), which also inlines the channel map and @bilik/shared/ipc.

import { contextBridge, ipcRenderer } from 'electron';
import { rendererIpc } from '@bilik/shared/ipc';
import { KioskIpc, type KioskIpcMap } from '../bridge/ipc.js';
import type { KioskBridge } from '../bridge/types.js';

const ipc = rendererIpc<KioskIpcMap>(ipcRenderer);

const bridge: KioskBridge = {
  kind: 'electron',
  getConfig: () => ipc.invoke(KioskIpc.getConfig),
  onScan: (listener) => ipc.subscribe(KioskIpc.scan, listener),
  scanFlatbed: () => ipc.invoke(KioskIpc.scanFlatbed),
  printReceipt: (slip) => ipc.invoke(KioskIpc.printReceipt, slip),
  hostStatus: () => ipc.invoke(KioskIpc.hostStatus),
  reportCrashRecovered: () => ipc.send(KioskIpc.crashRecovered),
};

contextBridge.exposeInMainWorld('bilik', bridge);
