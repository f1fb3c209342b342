import { describe, expect, it } from 'vitest';
import { createPosScannerParser } from './posScannerParser.js';

// 64-byte HID POS input reports, 16 bytes per line, reports separated by a blank line.
function reports(hex: string): Uint8Array[] {
  return hex
    .trim()
    .split(/\n\s*\n/)
    .map((block) => Uint8Array.from(block.trim().split(/\s+/), (byte) => Number.parseInt(byte, 16)));
}

// A 77-byte booking QR split by the reader: 56 bytes with the "more data" bit (byte 63 = 01),
// then 21 bytes. AIM "]Q1" = QR Code, vendor id 's' (0x73) = QR in Honeywell Code ID terms.
const BOOKING_QR = `
02 38 5d 51 31 42 49 4c 49 4b 3a 42 4c 4b 2d 32
30 32 36 2d 30 30 30 31 32 33 3b 42 4f 4f 54 48
3d 42 30 34 3b 54 53 3d 32 30 32 36 2d 30 33 2d
30 32 54 30 38 3a 31 35 3a 30 30 2b 30 73 00 01

02 15 5d 51 31 37 3a 30 30 3b 53 49 47 3d 39 66
38 65 37 64 36 63 35 62 34 61 00 00 00 00 00 00
00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
00 00 00 00 00 00 00 00 00 00 00 00 00 73 00 00
`;

// Code 128 (AIM "]C0") booking code in one report, reader configured with a CR suffix.
const BOOKING_CODE128 = `
02 10 5d 43 30 42 4c 4b 2d 32 30 32 36 2d 30 30
30 31 32 33 0d 00 00 00 00 00 00 00 00 00 00 00
00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
00 00 00 00 00 00 00 00 00 00 00 00 00 6a 00 00
`;

function report(data: number[], more: boolean): Uint8Array {
  const bytes = new Uint8Array(64);
  bytes.set([0x02, data.length, 0x5d, 0x51, 0x31]);
  bytes.set(data, 5);
  bytes[63] = more ? 1 : 0;
  return bytes;
}

describe('createPosScannerParser', () => {
  it('joins a QR code split across two reports', () => {
    const parser = createPosScannerParser();
    const [first, second] = reports(BOOKING_QR);
    expect(parser.pushScan(first!)).toEqual([]);
    expect(parser.pushScan(second!)).toEqual([
      {
        text: 'BILIK:BLK-2026-000123;BOOTH=B04;TS=2026-03-02T08:15:00+07:00;SIG=9f8e7d6c5b4a',
        symbology: ']Q1',
      },
    ]);
  });

  it('reads a single-report barcode and strips the CR suffix', () => {
    const parser = createPosScannerParser();
    expect(reports(BOOKING_CODE128).flatMap((r) => parser.pushScan(r))).toEqual([
      { text: 'BLK-2026-000123', symbology: ']C0' },
    ]);
  });

  it('keeps a UTF-8 character whose bytes straddle two reports', () => {
    const bytes = [...new TextEncoder().encode('a'.repeat(55) + 'é')]; // é = c3 a9 at 55, 56
    const parser = createPosScannerParser();
    expect(parser.push(report(bytes.slice(0, 56), true))).toEqual([]);
    expect(parser.push(report(bytes.slice(56), false))).toEqual(['a'.repeat(55) + 'é']);
  });

  it('ignores reports with another report ID and empty reads', () => {
    const parser = createPosScannerParser();
    const other = report([0x41, 0x42], false);
    other[0] = 0x04;
    expect(parser.push(other)).toEqual([]);
    expect(parser.push(new Uint8Array(0))).toEqual([]);
    expect(parser.push(report([], false))).toEqual([]);
  });

  it('drops a runaway code that never ends within the size limit, then recovers', () => {
    const parser = createPosScannerParser();
    const chunk = Array.from({ length: 56 }, () => 0x30);
    const emitted = Array.from({ length: 200 }, () => parser.push(report(chunk, true))).flat();
    expect(emitted).toEqual([]);
    expect(parser.push(report([0x31], false))).toEqual([]); // tail of the dropped code
    expect(parser.push(report([0x32, 0x33], false))).toEqual(['23']);
  });
});
