// The take-home slip of a pending claim as ESC/POS bytes, encoded by a maintained library
// (@point-of-sale/receipt-printer-encoder) rather than hand-written escape codes. Pure: the
// same slip always gives the same bytes, which receiptSlip.test.ts compares with a committed copy.

import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { ReceiptSlip } from '../../bridge/types.js';

const LIMITS = { text: 300, lines: 40 };

/** Checks a slip that crossed the IPC boundary: plain strings of sane length, nothing else. */
export function parseReceiptSlip(value: unknown): ReceiptSlip | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const text = (x: unknown): x is string => typeof x === 'string' && x.length <= LIMITS.text;
  const keys = ['heading', 'referenceLabel', 'reference', 'lines', 'qrText', 'footer'];
  if (Object.keys(v).some((k) => !keys.includes(k))) return null;
  if (![v.heading, v.referenceLabel, v.reference, v.qrText, v.footer].every(text)) return null;
  if (!Array.isArray(v.lines) || v.lines.length > LIMITS.lines || !v.lines.every(text)) return null;
  return v as unknown as ReceiptSlip;
}

export function encodeReceiptSlip(slip: ReceiptSlip, columns: number): Uint8Array {
  const encoder = new ReceiptPrinterEncoder({ language: 'esc-pos', columns });
  encoder
    .initialize()
    .codepage('cp437')
    .align('center')
    .bold(true)
    .line('BPJS Ketenagakerjaan')
    .bold(false)
    .rule()
    .bold(true)
    .line(slip.heading)
    .bold(false)
    .newline()
    .line(slip.referenceLabel)
    .size(2, 2)
    .line(slip.reference)
    .size(1, 1)
    .newline()
    .align('left');
  for (const line of slip.lines) encoder.line(line);
  return encoder
    .newline()
    .align('center')
    .qrcode(slip.qrText, { model: 2, size: 5, errorlevel: 'm' })
    .newline()
    .line(slip.footer)
    .cut('partial')
    .encode();
}
