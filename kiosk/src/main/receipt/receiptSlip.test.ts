import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sendToPrinter } from './printerPort.js';
import { encodeReceiptSlip, parseReceiptSlip } from './receiptSlip.js';

const SLIP = {
  heading: 'Dokumen klaim Anda belum lengkap',
  referenceLabel: 'Nomor klaim',
  reference: 'BLK-20260302-0042',
  lines: ['Bawa dokumen asli berikut:', '- e-KTP asli', '- Kartu NPWP', 'Paling lambat: 1 April 2026'],
  qrText: 'BLK-20260302-0042',
  footer: 'Tunjukkan slip ini di bilik atau loket.',
};
const EXPECTED = new URL('./receiptSlip.expected.hex', import.meta.url);

describe('encodeReceiptSlip', () => {
  it('gives the committed ESC/POS bytes for a known slip', () => {
    const hex = Buffer.from(encodeReceiptSlip(SLIP, 42)).toString('hex');
    // BILIK_UPDATE_EXPECTED=1 rewrites the committed copy after an intended change.
    if (process.env.BILIK_UPDATE_EXPECTED) writeFileSync(EXPECTED, `${hex}\n`);
    expect(hex).toBe(readFileSync(EXPECTED, 'utf8').trim());
  });

  it('starts with ESC @, carries a QR symbol with the reference, and ends with a cut', () => {
    const bytes = Buffer.from(encodeReceiptSlip(SLIP, 42));
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    // GS ( k … store the QR data: function 80, then the text itself.
    const store = bytes.indexOf(Buffer.from([0x1d, 0x28, 0x6b]));
    expect(store).toBeGreaterThan(0);
    expect(bytes.indexOf(Buffer.from(SLIP.qrText), store)).toBeGreaterThan(store);
    expect(bytes.includes(Buffer.from('e-KTP asli'))).toBe(true);
    expect(bytes.lastIndexOf(Buffer.from([0x1d, 0x56]))).toBeGreaterThan(bytes.length - 8);
  });
});

describe('parseReceiptSlip', () => {
  it('accepts a slip and refuses anything else that crosses IPC', () => {
    expect(parseReceiptSlip(SLIP)).toEqual(SLIP);
    expect(parseReceiptSlip({ ...SLIP, lines: 'x' })).toBeNull();
    expect(parseReceiptSlip({ ...SLIP, extra: 1 })).toBeNull();
    expect(parseReceiptSlip({ ...SLIP, heading: 'x'.repeat(301) })).toBeNull();
    expect(parseReceiptSlip(null)).toBeNull();
  });
});

describe('sendToPrinter', () => {
  it('delivers the bytes to a network printer on its raw port', async () => {
    const received: Buffer[] = [];
    const server = createServer((socket) => socket.on('data', (d) => received.push(d)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const bytes = encodeReceiptSlip(SLIP, 42);
    await sendToPrinter({ host: '127.0.0.1', port, columns: 42 }, bytes);
    await new Promise<void>((r) => server.close(() => r()));
    expect(Buffer.concat(received).equals(Buffer.from(bytes))).toBe(true);
  });
});
