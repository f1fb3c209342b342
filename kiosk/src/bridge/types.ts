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
  idleTimeoutSeconds: number;
}

export type ScanSource = 'hid' | 'keyboard' | 'camera';

export interface ScannedCode {
  text: string;
  source: ScanSource;
  /** AIM symbology identifier when the reader reports one, e.g. "]Q1" for QR Code. */
  symbology?: string;
}

export type FlatbedScanResult =
  { ok: true; mimeType: string; data: Uint8Array } | { ok: false; error: string };

export interface KioskBridge {
  readonly kind: 'electron' | 'browser';
  getConfig(): Promise<KioskConfig>;
  /** Returns the unsubscribe function. */
  onScan(listener: (code: ScannedCode) => void): () => void;
  scanFlatbed(): Promise<FlatbedScanResult>;
  /** Lets the host log that the UI came back after a renderer crash reload. */
  reportCrashRecovered?(): void;
}

declare global {
  interface Window {
    bilik?: KioskBridge;
  }
}
