// Owns the booth's QR/barcode reader: finds it with node-hid, feeds its input reports to the
// parser matching its interface, and reopens it when it is unplugged or not yet plugged in.
// Not unit-tested (no HID hardware in CI); the decoding it relies on is, in the parsers.

import { devicesAsync, HIDAsync, type Device } from 'node-hid';
import type { ScannedCode } from '../../bridge/types.js';
import { createKeyboardReportParser } from './keyboardReportParser.js';
import { createPosScannerParser } from './posScannerParser.js';

export interface ScannerSelector {
  vendorId: number;
  productId: number;
}

export interface ScannerDeviceOptions {
  /** Reader to open; when absent the first HID POS barcode interface found is used. */
  selector?: ScannerSelector;
  onCode(code: ScannedCode): void;
  onStatus?(status: { connected: boolean; product?: string; error?: string }): void;
  pollMs?: number;
}

export interface ScannerDevice {
  stop(): Promise<void>;
}

const USAGE_PAGE_BARCODE_SCANNER = 0x8c;
const USAGE_PAGE_GENERIC_DESKTOP = 0x01;
const USAGE_KEYBOARD = 0x06;

type Decoder = (report: Uint8Array) => ScannedCode[];

export function startScannerDevice(options: ScannerDeviceOptions): ScannerDevice {
  const pollMs = options.pollMs ?? 2000;
  let device: HIDAsync | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let lastError: string | undefined;

  async function connect(): Promise<void> {
    timer = null;
    if (stopped) return;
    try {
      const info = pickDevice(await devicesAsync(), options.selector);
      if (info?.path === undefined) return schedule();
      const opened = await HIDAsync.open(info.path);
      if (stopped) return void (await opened.close());
      const decode = decoderFor(info);
      opened.on('data', (data: Buffer) => {
        for (const code of decode(new Uint8Array(data))) options.onCode(code);
      });
      // An unplugged reader surfaces as a read error; drop it and go back to polling.
      opened.on('error', (error: unknown) => void disconnect(errorText(error)));
      device = opened;
      lastError = undefined;
      options.onStatus?.({ connected: true, ...(info.product ? { product: info.product } : {}) });
    } catch (error) {
      reportError(errorText(error));
      schedule();
    }
  }

  async function disconnect(error: string): Promise<void> {
    const current = device;
    device = null;
    if (current) await current.close().catch(() => undefined);
    reportError(error);
    schedule();
  }

  // Report each distinct failure once, not every poll (e.g. missing udev permission).
  function reportError(error: string): void {
    if (error === lastError) return;
    lastError = error;
    options.onStatus?.({ connected: false, error });
  }

  function schedule(): void {
    if (!stopped && timer === null) timer = setTimeout(() => void connect(), pollMs);
  }

  void connect();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      const current = device;
      device = null;
      if (current) await current.close();
    },
  };
}

function pickDevice(devices: Device[], selector: ScannerSelector | undefined): Device | undefined {
  if (!selector) return devices.find((d) => d.usagePage === USAGE_PAGE_BARCODE_SCANNER);
  const matching = devices.filter(
    (d) => d.vendorId === selector.vendorId && d.productId === selector.productId,
  );
  // A reader often exposes several interfaces (POS, keyboard, vendor); prefer POS, then keyboard.
  return (
    matching.find((d) => d.usagePage === USAGE_PAGE_BARCODE_SCANNER) ??
    matching.find((d) => d.usagePage === USAGE_PAGE_GENERIC_DESKTOP && d.usage === USAGE_KEYBOARD) ??
    matching[0]
  );
}

function decoderFor(info: Device): Decoder {
  if (info.usagePage === USAGE_PAGE_BARCODE_SCANNER) {
    const parser = createPosScannerParser();
    return (report) =>
      parser.pushScan(report).map((scan) => ({
        source: 'hid',
        text: scan.text,
        ...(scan.symbology ? { symbology: scan.symbology } : {}),
      }));
  }
  const parser = createKeyboardReportParser();
  return (report) => parser.push(report).map((text) => ({ source: 'hid', text }));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
