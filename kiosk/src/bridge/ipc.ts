// Every IPC channel between the kiosk main process and its preload, named once. Compiled into
// both the main and renderer projects, so it must stay free of Node and Electron imports.

export const KioskIpc = {
  /** invoke → KioskConfig */
  getConfig: 'bilik:getConfig',
  /** invoke → FlatbedScanResult */
  scanFlatbed: 'bilik:scanFlatbed',
  /** invoke(ReceiptSlip) → PrintResult */
  printReceipt: 'bilik:printReceipt',
  /** invoke → HostStatus */
  hostStatus: 'bilik:hostStatus',
  /** main → renderer push of a ScannedCode */
  scan: 'bilik:scan',
  /** renderer → main fire-and-forget */
  crashRecovered: 'bilik:crashRecovered',
} as const;

export type KioskIpcChannel = (typeof KioskIpc)[keyof typeof KioskIpc];
