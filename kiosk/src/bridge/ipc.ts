// Every IPC channel between the kiosk main process and its preload, named once with what it
// carries; main.ts and preload.ts are both typed from KioskIpcMap (@bilik/shared/ipc). Compiled
// into both the main and renderer projects, so it must stay free of Node and Electron imports.

import type {
  FlatbedScanResult,
  HostStatus,
  KioskConfig,
  PrintResult,
  ReceiptSlip,
  ScannedCode,
} from './types.js';

export const KioskIpc = {
  getConfig: 'bilik:getConfig',
  scanFlatbed: 'bilik:scanFlatbed',
  printReceipt: 'bilik:printReceipt',
  hostStatus: 'bilik:hostStatus',
  scan: 'bilik:scan',
  crashRecovered: 'bilik:crashRecovered',
} as const;

export type KioskIpcMap = {
  invoke: {
    [KioskIpc.getConfig]: { args: []; result: KioskConfig };
    [KioskIpc.scanFlatbed]: { args: []; result: FlatbedScanResult };
    [KioskIpc.printReceipt]: { args: [slip: ReceiptSlip]; result: PrintResult };
    [KioskIpc.hostStatus]: { args: []; result: HostStatus };
  };
  send: {
    [KioskIpc.crashRecovered]: [];
  };
  push: {
    [KioskIpc.scan]: ScannedCode;
  };
};
