// The whole of the host as the officer-station renderer sees it. Implemented by the Electron
// preload and by browserBridge.ts (plain Chromium), so it stays types only.

export interface OfficerConfig {
  serverUrl: string;
  lang?: 'id' | 'en';
  /** A waiting booth turns amber after this many seconds. */
  slaAmberSeconds: number;
  /** …and red after this many. */
  slaRedSeconds: number;
}

export interface OfficerBridge {
  readonly kind: 'electron' | 'browser';
  getConfig(): Promise<OfficerConfig>;
}

declare global {
  interface Window {
    bilikOfficer?: OfficerBridge;
  }
}
