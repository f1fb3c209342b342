import { describe, expect, it } from 'vitest';
import { formatBringBy, pendingQrText, pendingSlip } from './outcomeSummary.js';

const summary = { reference: 'BLK-20260302-0042', missing: ['ektp', 'npwp'], bringBy: '2026-04-01' };

describe('pending outcome summary', () => {
  it('writes the date in the participant language', () => {
    expect(formatBringBy('id', '2026-04-01')).toBe('1 April 2026');
    expect(formatBringBy('en', '2026-04-01')).toBe('1 April 2026');
    expect(formatBringBy('id', '2026-08-17')).toBe('17 Agustus 2026');
  });

  it('puts the reference, each missing document and the date in the QR text', () => {
    expect(pendingQrText('id', summary).split('\n')).toEqual([
      'BPJS Ketenagakerjaan · klaim belum lengkap',
      'Nomor klaim: BLK-20260302-0042',
      'Bawa dokumen asli berikut:',
      '- e-KTP asli',
      '- Kartu NPWP',
      'Paling lambat: 1 April 2026',
    ]);
  });

  it('gives the slip the same content, and leaves the date out when there is none', () => {
    const slip = pendingSlip('en', { ...summary, bringBy: null });
    expect(slip.reference).toBe(summary.reference);
    expect(slip.lines.at(-1)).toMatch(/^- /);
    expect(slip.qrText).toBe(pendingQrText('en', { ...summary, bringBy: null }));
  });
});
