// The booth's configuration file, edited by branch IT. Validation is strict and every error
// names the file and the field, because the person reading it is at a booth PC with a text
// editor, not a developer with a debugger.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBranchServerConfig } from '@bilik/shared/electron';
import type { KioskConfig } from '../bridge/types.js';

export interface KioskHostConfig {
  /** https URL of the branch server, without trailing slash. */
  serverUrl: string;
  /** The branch CA this booth trusts, and nothing else (see certificatePin.ts). */
  caFingerprint: string;
  boothId: string;
  cameraLabel?: string;
  documentCameraLabel?: string;
  /** The QR/barcode reader; without it the first HID POS reader found is used. */
  scanner?: { vendorId: number; productId: number };
  /** Present when a SANE flatbed is attached; `device` is a scanimage -d name. */
  flatbedScanner?: { device?: string };
  idleTimeoutSeconds: number;
  presenceTimeoutSeconds: number;
  /** An ESC/POS receipt printer: a device file (USB, /dev/usb/lp0) or a network printer (port 9100). */
  receiptPrinter?: ReceiptPrinterConfig;
  lang: 'id' | 'en';
}

export type ReceiptPrinterConfig = ({ device: string } | { host: string; port: number }) & {
  /** Characters per line: 42 on 80 mm paper with font A (the default), 32 on 58 mm. */
  columns: number;
};

export const KIOSK_CONFIG_ENV = 'BILIK_KIOSK_CONFIG';
export const KIOSK_CONFIG_SYSTEM_PATH = '/etc/bilik/kiosk.json';

export class KioskConfigError extends Error {
  override readonly name = 'KioskConfigError';
}

type Json = Record<string, unknown>;

const KNOWN_FIELDS = new Set([
  'serverUrl',
  'caFingerprint',
  'boothId',
  'cameraLabel',
  'documentCameraLabel',
  'scanner',
  'flatbedScanner',
  'idleTimeoutSeconds',
  'presenceTimeoutSeconds',
  'receiptPrinter',
  'lang',
]);

export function parseKioskConfig(json: unknown, file: string): KioskHostConfig {
  const fail = (field: string, problem: string): never => {
    throw new KioskConfigError(`Invalid kiosk config ${file}: "${field}" ${problem}`);
  };
  if (!isObject(json)) return fail('(root)', 'must be a JSON object');
  for (const key of Object.keys(json)) {
    // A misspelt key would otherwise be silently ignored and its default used.
    if (!KNOWN_FIELDS.has(key))
      fail(key, `is not a known field (expected one of: ${[...KNOWN_FIELDS].join(', ')})`);
  }

  const config: KioskHostConfig = {
    ...readBranchServerConfig(json, fail),
    boothId: readText(json, 'boothId', fail) ?? fail('boothId', 'is required'),
    idleTimeoutSeconds: readSeconds(json, 'idleTimeoutSeconds', 90, fail),
    presenceTimeoutSeconds: readSeconds(json, 'presenceTimeoutSeconds', 300, fail),
    lang: readLang(json.lang, fail),
  };
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(config.boothId)) {
    fail('boothId', 'must be 1–64 letters, digits, ".", "_" or "-"');
  }
  const cameraLabel = readText(json, 'cameraLabel', fail);
  if (cameraLabel !== undefined) config.cameraLabel = cameraLabel;
  const documentCameraLabel = readText(json, 'documentCameraLabel', fail);
  if (documentCameraLabel !== undefined) config.documentCameraLabel = documentCameraLabel;
  if (json.scanner !== undefined) {
    if (!isObject(json.scanner))
      fail('scanner', 'must be an object like { "vendorId": "0x0c2e", "productId": "0x0b8f" }');
    const scanner = json.scanner as Json;
    config.scanner = {
      vendorId: readUsbId(scanner.vendorId, 'scanner.vendorId', fail),
      productId: readUsbId(scanner.productId, 'scanner.productId', fail),
    };
  }
  if (json.flatbedScanner !== undefined) {
    if (!isObject(json.flatbedScanner))
      fail('flatbedScanner', 'must be an object, e.g. {} or { "device": "genesys:libusb:001:005" }');
    const device = readText(json.flatbedScanner as Json, 'device', (_, problem) =>
      fail('flatbedScanner.device', problem),
    );
    config.flatbedScanner = device === undefined ? {} : { device };
  }
  if (json.receiptPrinter !== undefined)
    config.receiptPrinter = readReceiptPrinter(json.receiptPrinter, fail);
  return config;
}

function readReceiptPrinter(value: unknown, fail: Fail): ReceiptPrinterConfig {
  const example = 'e.g. { "device": "/dev/usb/lp0" } or { "host": "192.168.10.31", "port": 9100 }';
  if (!isObject(value)) return fail('receiptPrinter', `must be an object, ${example}`);
  const sub = (field: string) => (_: string, problem: string) => fail(`receiptPrinter.${field}`, problem);
  const columns = value.columns ?? 42;
  if (typeof columns !== 'number' || !Number.isInteger(columns) || columns < 24 || columns > 64)
    fail('receiptPrinter.columns', `must be a whole number from 24 to 64 (got ${JSON.stringify(columns)})`);
  const device = readText(value, 'device', sub('device'));
  const host = readText(value, 'host', sub('host'));
  if ((device === undefined) === (host === undefined))
    return fail('receiptPrinter', `needs exactly one of "device" or "host", ${example}`);
  if (device !== undefined) return { device, columns: columns as number };
  const port = value.port ?? 9100;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535)
    fail('receiptPrinter.port', `must be a TCP port number (got ${JSON.stringify(port)})`);
  return { host: host!, port: port as number, columns: columns as number };
}

/** What the renderer may know: no USB ids, no scanner or printer device names. */
export function toBridgeConfig(config: KioskHostConfig): KioskConfig {
  return {
    serverUrl: config.serverUrl,
    boothId: config.boothId,
    idleTimeoutSeconds: config.idleTimeoutSeconds,
    presenceTimeoutSeconds: config.presenceTimeoutSeconds,
    lang: config.lang,
    flatbedScanner: config.flatbedScanner !== undefined,
    receiptPrinter: config.receiptPrinter !== undefined,
    ...(config.cameraLabel !== undefined ? { cameraLabel: config.cameraLabel } : {}),
    ...(config.documentCameraLabel !== undefined ? { documentCameraLabel: config.documentCameraLabel } : {}),
  };
}

/** The UI the booth shows after boot, a crash or a hang. */
export function attractScreenUrl(config: KioskHostConfig): string {
  return `${config.serverUrl}/kiosk/?booth=${encodeURIComponent(config.boothId)}`;
}

/** Reads the first config file found: $BILIK_KIOSK_CONFIG, /etc/bilik/kiosk.json, userData. */
export function loadKioskConfig(
  env: NodeJS.ProcessEnv,
  userDataDir: string,
): { config: KioskHostConfig; file: string } {
  const fromEnv = env[KIOSK_CONFIG_ENV];
  const candidates = fromEnv ? [fromEnv] : [KIOSK_CONFIG_SYSTEM_PATH, join(userDataDir, 'kiosk.json')];
  const file = candidates.find((candidate) => existsSync(candidate));
  if (file === undefined) {
    throw new KioskConfigError(
      `No kiosk config found. Looked for ${candidates.join(' and ')}` +
        (fromEnv ? ` (set by ${KIOSK_CONFIG_ENV})` : `; create one of them or set ${KIOSK_CONFIG_ENV}`),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KioskConfigError(
      `Cannot read kiosk config ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { config: parseKioskConfig(json, file), file };
}

type Fail = (field: string, problem: string) => never;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readText(json: Json, field: string, fail: Fail): string | undefined {
  const value = json[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') return fail(field, 'must be a non-empty string');
  return value.trim();
}

function readSeconds(json: Json, field: string, fallback: number, fail: Fail): number {
  const value = json[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 10 || value > 3600) {
    return fail(
      field,
      `must be a whole number of seconds between 10 and 3600 (got ${JSON.stringify(value)})`,
    );
  }
  return value;
}

function readLang(value: unknown, fail: Fail): 'id' | 'en' {
  if (value === undefined) return 'id';
  if (value === 'id' || value === 'en') return value;
  return fail('lang', `must be "id" or "en" (got ${JSON.stringify(value)})`);
}

// USB ids are written the way lsusb prints them ("0c2e"), as "0x0c2e", or as a plain number.
function readUsbId(value: unknown, field: string, fail: Fail): number {
  const parsed =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^(0x)?[0-9a-f]{1,4}$/i.test(value)
        ? Number.parseInt(value.replace(/^0x/i, ''), 16)
        : Number.NaN;
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 0xffff) {
    return fail(field, `must be a USB id such as "0c2e" or "0x0c2e" (got ${JSON.stringify(value)})`);
  }
  return parsed;
}
