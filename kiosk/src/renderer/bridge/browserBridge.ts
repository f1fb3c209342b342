// KioskBridge for plain Chromium (dev mode, e2e tests): configuration comes from the page URL,
// the barcode reader is a keyboard wedge, and tests can inject scans. The booth app replaces
// all of this with the Electron preload.

import type { FlatbedScanResult, KioskBridge, KioskConfig, ScannedCode } from '../../bridge/types.js';
import { createWedgeDecoder } from './wedgeDecoder.js';

declare global {
  const __BILIK_KIOSK_VERSION__: string | undefined;
  interface Window {
    /** e2e hook: delivers `text` as if the reader had scanned it. */
    __bilikInjectScan?: (text: string) => void;
  }
}

/** The kiosk package's version, put in by the build (vite.config.ts); 'dev' when run unbuilt. */
const KIOSK_VERSION = typeof __BILIK_KIOSK_VERSION__ === 'string' ? __BILIK_KIOSK_VERSION__ : 'dev';

const DEFAULT_IDLE_SECONDS = 90;
const DEFAULT_PRESENCE_SECONDS = 300;
const DEV_BOOTH_ID = 'dev';

/** `?booth=B04&server=http://10.20.0.5:8080&lang=en&idle=30&presence=120`; every parameter optional. */
export function configFromLocation(location: Pick<Location, 'search' | 'origin'>): KioskConfig {
  const query = new URLSearchParams(location.search);
  const lang = query.get('lang');
  const idle = Number(query.get('idle'));
  const presence = Number(query.get('presence'));
  return {
    serverUrl: (query.get('server') ?? location.origin).replace(/\/+$/, ''),
    boothId: query.get('booth') || DEV_BOOTH_ID,
    idleTimeoutSeconds: Number.isInteger(idle) && idle > 0 ? idle : DEFAULT_IDLE_SECONDS,
    presenceTimeoutSeconds: Number.isInteger(presence) && presence > 0 ? presence : DEFAULT_PRESENCE_SECONDS,
    lang: lang === 'en' ? 'en' : 'id',
    flatbedScanner: false,
  };
}

export function createBrowserBridge(win: Window = window): KioskBridge {
  const listeners = new Set<(code: ScannedCode) => void>();
  const deliver = (code: ScannedCode) => {
    for (const listener of [...listeners]) listener(code);
  };
  const config = configFromLocation(win.location);
  const decoder = createWedgeDecoder();

  win.addEventListener(
    'keydown',
    (event) => {
      // Typing a NIK or a name must never be taken for a scan.
      if (isTextEntry(win.document.activeElement) || event.ctrlKey || event.altKey || event.metaKey) {
        decoder.reset();
        return;
      }
      const text = decoder.key(event.key, event.timeStamp);
      if (text === null) return;
      // The reader's Enter would otherwise press whichever button has focus.
      event.preventDefault();
      deliver({ text, source: 'keyboard' });
    },
    { capture: true },
  );
  win.__bilikInjectScan = (text) => deliver({ text, source: 'keyboard' });

  return {
    kind: 'browser',
    getConfig: () => Promise.resolve({ ...config }),
    onScan(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    // A keyboard-wedge reader is a keyboard: a browser cannot tell whether one is plugged in.
    hostStatus: () => Promise.resolve({ appVersion: KIOSK_VERSION, barcodeReader: 'unknown' }),
    scanFlatbed: (): Promise<FlatbedScanResult> =>
      Promise.resolve({ ok: false, error: 'flatbed scanner is only available in the booth app' }),
  };
}

function isTextEntry(element: Element | null): boolean {
  if (element === null) return false;
  const tag = element.tagName;
  return (
    tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (element as HTMLElement).isContentEditable
  );
}
