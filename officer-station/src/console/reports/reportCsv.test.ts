import type { BranchReport, ReportCounts } from '@bilik/shared';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportCsv } from './reportCsv.js';

const counts = (cases: number, amount: number): ReportCounts => ({
  cases,
  approved: cases,
  pending: 0,
  rejected: 0,
  escalated: 0,
  approvedAmount: amount,
  avgHandlingSeconds: 750,
});

describe('reportCsv', () => {
  it('writes every section with plain numbers that read back exactly, quoting what needs it', () => {
    const report: BranchReport = {
      from: '2026-03-01',
      to: '2026-03-31',
      claimType: null,
      totals: counts(3, 61_000_000),
      programmes: [
        { claimType: 'JHT', ...counts(2, 49_000_000) },
        { claimType: 'JKK', ...counts(1, 12_000_000) },
        { claimType: 'JKM', ...counts(0, 0) },
        { claimType: 'JP', ...counts(0, 0) },
      ],
      rejections: [{ claimType: 'JHT', reason: 'Rekening "bukan" atas nama, peserta', count: 1 }],
      officers: [
        { officerId: 'o1', displayName: 'Rina Kartika', staffId: 'CSO-0101', ...counts(3, 61_000_000) },
      ],
      deskModes: [{ mode: 'oneToMany', ...counts(3, 61_000_000) }],
    };
    const rows = Papa.parse<string[]>(reportCsv(report, 'id')).data;
    expect(rows[0]).toEqual([
      'Bagian',
      'Nama',
      'Kasus',
      'Disetujui',
      'Ditunda',
      'Ditolak',
      'Dieskalasi',
      'Nominal disetujui (Rp)',
      'Rata-rata penanganan (menit)',
    ]);
    expect(rows[1]).toEqual([
      'Per program',
      'Jaminan Hari Tua (JHT)',
      '2',
      '2',
      '0',
      '0',
      '0',
      '49000000',
      '12.5',
    ]);
    expect(rows[5]).toEqual([
      'Total',
      'Periode 2026-03-01 s.d. 2026-03-31',
      '3',
      '3',
      '0',
      '0',
      '0',
      '61000000',
      '12.5',
    ]);
    expect(rows[6]![1]).toBe('Rina Kartika (CSO-0101)');
    expect(rows[7]![1]).toBe('Satu ke banyak (One to Many)');
    expect(rows[8]!.slice(0, 3)).toEqual([
      'Alasan penolakan',
      'JHT: Rekening "bukan" atas nama, peserta',
      '1',
    ]);
  });
});
