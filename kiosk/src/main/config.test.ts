import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attractScreenUrl, loadKioskConfig, parseKioskConfig, toBridgeConfig } from './config.js';

const FILE = '/etc/bilik/kiosk.json';
const CA = '3A:1F:00:6C:9B:22:47:D1:0E:85:F4:71:2B:C3:9D:6A:5E:10:88:E2:7F:34:B9:C6:01:DD:42:97:AE:5B:63:F0';
const minimal = { serverUrl: 'https://10.20.0.5:8443/', caFingerprint: CA.toLowerCase(), boothId: 'B04' };

describe('parseKioskConfig', () => {
  it('fills defaults for a minimal file', () => {
    expect(parseKioskConfig(minimal, FILE)).toEqual({
      serverUrl: 'https://10.20.0.5:8443',
      caFingerprint: CA,
      boothId: 'B04',
      idleTimeoutSeconds: 90,
      presenceTimeoutSeconds: 300,
      lang: 'id',
    });
  });

  it('reads every optional field, USB ids as lsusb prints them or 0x-prefixed', () => {
    const config = parseKioskConfig(
      {
        ...minimal,
        cameraLabel: 'Logitech BRIO',
        documentCameraLabel: 'IPEVO V4K',
        scanner: { vendorId: '0c2e', productId: '0x0B8F' },
        flatbedScanner: { device: 'genesys:libusb:001:005' },
        idleTimeoutSeconds: 120,
        presenceTimeoutSeconds: 600,
        receiptPrinter: { device: '/dev/usb/lp0' },
        lang: 'en',
      },
      FILE,
    );
    expect(config.scanner).toEqual({ vendorId: 0x0c2e, productId: 0x0b8f });
    expect(config.flatbedScanner).toEqual({ device: 'genesys:libusb:001:005' });
    expect(config.receiptPrinter).toEqual({ device: '/dev/usb/lp0', columns: 42 });
    expect(toBridgeConfig(config)).toEqual({
      serverUrl: 'https://10.20.0.5:8443',
      boothId: 'B04',
      cameraLabel: 'Logitech BRIO',
      documentCameraLabel: 'IPEVO V4K',
      flatbedScanner: true,
      receiptPrinter: true,
      idleTimeoutSeconds: 120,
      presenceTimeoutSeconds: 600,
      lang: 'en',
    });
  });

  it('reads a network receipt printer with the default port', () => {
    expect(
      parseKioskConfig({ ...minimal, receiptPrinter: { host: '192.168.10.31' } }, FILE).receiptPrinter,
    ).toEqual({ host: '192.168.10.31', port: 9100, columns: 42 });
  });

  it('keeps a server path prefix and builds the attract screen URL from it', () => {
    const config = parseKioskConfig(
      { ...minimal, serverUrl: 'https://cabang.local/bilik//', boothId: 'B-1' },
      FILE,
    );
    expect(attractScreenUrl(config)).toBe('https://cabang.local/bilik/kiosk/?booth=B-1');
  });

  it.each([
    [[], /kiosk\.json: "\(root\)" must be a JSON object/],
    [{ boothId: 'B04' }, /"serverUrl" is required/],
    [{ ...minimal, serverUrl: 'ftp://10.20.0.5' }, /"serverUrl" must be an https/],
    [{ ...minimal, serverUrl: 'http://10.20.0.5:8080' }, /"serverUrl" must be https/],
    [{ ...minimal, serverUrl: 'https://x/?booth=1' }, /"serverUrl" must not contain a query/],
    [{ boothId: 'B04', serverUrl: minimal.serverUrl }, /"caFingerprint" is required/],
    [{ ...minimal, caFingerprint: 'AB:CD' }, /"caFingerprint" must be a SHA-256 fingerprint/],
    [{ serverUrl: minimal.serverUrl, caFingerprint: CA }, /"boothId" is required/],
    [{ ...minimal, boothId: '   ' }, /"boothId" must be a non-empty string/],
    [{ ...minimal, boothId: 'B04/../admin' }, /"boothId" must be 1–64 letters/],
    [{ ...minimal, idleTimeoutSeconds: '90' }, /"idleTimeoutSeconds" must be a whole number/],
    [{ ...minimal, idleTimeoutSeconds: 5 }, /"idleTimeoutSeconds" must be a whole number/],
    [{ ...minimal, lang: 'jv' }, /"lang" must be "id" or "en" \(got "jv"\)/],
    [
      { ...minimal, scanner: { vendorId: 'honeywell', productId: 1 } },
      /"scanner\.vendorId" must be a USB id/,
    ],
    [{ ...minimal, scanner: { vendorId: 1, productId: 0x10000 } }, /"scanner\.productId" must be a USB id/],
    [{ ...minimal, flatbedScanner: true }, /"flatbedScanner" must be an object/],
    [{ ...minimal, flatbedScanner: { device: 7 } }, /"flatbedScanner\.device" must be a non-empty string/],
    [{ ...minimal, idleTimeoutSecond: 60 }, /"idleTimeoutSecond" is not a known field/],
    [{ ...minimal, presenceTimeoutSeconds: 0 }, /"presenceTimeoutSeconds" must be a whole number/],
    [{ ...minimal, receiptPrinter: '/dev/usb/lp0' }, /"receiptPrinter" must be an object/],
    [{ ...minimal, receiptPrinter: {} }, /"receiptPrinter" needs exactly one of "device" or "host"/],
    [{ ...minimal, receiptPrinter: { host: 'p', port: 0 } }, /"receiptPrinter\.port" must be a TCP port/],
    [{ ...minimal, receiptPrinter: { device: 'x', columns: 8 } }, /"receiptPrinter\.columns" must be/],
  ])('rejects %j naming the file and the field', (json, message) => {
    expect(() => parseKioskConfig(json, FILE)).toThrow(message);
    expect(() => parseKioskConfig(json, FILE)).toThrow(FILE);
  });
});

describe('loadKioskConfig', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('reads the file named by BILIK_KIOSK_CONFIG', () => {
    dir = mkdtempSync(join(tmpdir(), 'bilik-kiosk-'));
    const file = join(dir, 'booth.json');
    writeFileSync(file, JSON.stringify(minimal));
    expect(loadKioskConfig({ BILIK_KIOSK_CONFIG: file }, dir)).toEqual({
      file,
      config: expect.objectContaining({ boothId: 'B04' }),
    });
  });

  it('reports a JSON syntax error with the file name', () => {
    dir = mkdtempSync(join(tmpdir(), 'bilik-kiosk-'));
    const file = join(dir, 'booth.json');
    writeFileSync(file, '{ "serverUrl": "http://x", }');
    expect(() => loadKioskConfig({ BILIK_KIOSK_CONFIG: file }, dir!)).toThrow(
      `Cannot read kiosk config ${file}`,
    );
  });

  it('lists where it looked when no file exists', () => {
    dir = mkdtempSync(join(tmpdir(), 'bilik-kiosk-'));
    const missing = join(dir, 'nope.json');
    expect(() => loadKioskConfig({ BILIK_KIOSK_CONFIG: missing }, dir!)).toThrow(
      `No kiosk config found. Looked for ${missing} (set by BILIK_KIOSK_CONFIG)`,
    );
  });
});
