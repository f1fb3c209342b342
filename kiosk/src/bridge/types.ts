// The whole of the host as the kiosk renderer sees it. Implemented by the Electron preload
// (booth PC) and by browserBridge.ts (plain Chromium: dev mode and e2e tests), so this file
// stays types only and imports nothing from Node or Electron.

export interface KioskConfig {
  serverUrl: string;
  boothId: string;
  cameraLabel?: string;
  documentCameraLabel?: string;
  /** True when the booth has a SANE flatbed scanner that scanFlatbed() can drive. */
  flatbedScanner?: boolean;
  lang?: 'id' | 'en';
  /** Inactivity before an unqueued visit (check-in, consent, claim, outcome) is wiped. */
  idleTimeoutSeconds: number;
  /** Inactivity before a queued participant is marked absent (asked for the last minute). */
  presenceTimeoutSeconds: number;
  /** A receipt printer is attached: the pending outcome offers a printed slip. */
  receiptPrinter?: boolean;
}

export type ScanSource = 'hid' | 'keyboard' | 'camera';

export interface ScannedCode {
  text: string;
  source: ScanSource;
  /** AIM symbology identifier when the reader reports one, e.g. "]Q1" for QR Code. */
  symbology?: string;
}

/** A printed take-home slip, worded by the renderer (in the participant's language). */
export interface ReceiptSlip {
  heading: string;
  referenceLabel: string;
  reference: string;
  /** Plain lines: what to bring, by when. */
  lines: string[];
  /** Encoded as a QR code on the slip. */
  qrText: string;
  footer: string;
}

export type PrintResult = { ok: true } | { ok: false; error: string };

export type FlatbedScanResult =
  { ok: true; mimeType: string; data: Uint8Array } | { ok: false; error: string };

/** A device as the booth sees it; 'unknown' where the host cannot tell (a browser's keyboard-wedge reader). */
export type DeviceState = 'ok' | 'missing' | 'unknown';

/** What only the host knows for the booth's heartbeat; the cameras the renderer lists itself. */
export interface HostStatus {
  appVersion: string;
  barcodeReader: DeviceState;
}

export interface KioskBridge {
  readonly kind: 'electron' | 'browser';
  getConfig(): Promise<KioskConfig>;
  /** Returns the unsubscribe function. */
  onScan(listener: (code: ScannedCode) => void): () => void;
  scanFlatbed(): Promise<FlatbedScanResult>;
  /** Only where the booth has a receipt printer (config.receiptPrinter). */
  printReceipt?(slip: ReceiptSlip): Promise<PrintResult>;
  /** The app's version and the barcode reader's state, for the heartbeat branch IT reads. */
  hostStatus(): Promise<HostStatus>;
  /** Lets the host log that the UI came back after a renderer crash reload. */
  reportCrashRecovered?(): void;
}

declare global {
  interface Window {
    bilik?: KioskBridge;
  }
}
