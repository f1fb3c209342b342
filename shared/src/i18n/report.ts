// The branch report's words, in one place for the console's screen and CSV and the server's PDF,
// so the three always name a column the same way.

import type { ReportCounts } from '../protocol/reports.js';
import { interpolate, LOCALES, type Lang, type MessageParams } from './index.js';

const id = {
  'report.title': 'Laporan Klaim Cabang',
  'report.period': 'Periode {from} s.d. {to}',
  'report.filter.all': 'Semua program',
  'report.filter.one': 'Program: {programme}',
  'report.generated': 'Dibuat {at}',
  'report.byProgramme': 'Per program',
  'report.byOfficer': 'Per petugas (CSO)',
  'report.byDeskMode': 'Per ukuran meja',
  'report.rejections': 'Alasan penolakan',
  'report.programme': 'Program',
  'report.officer': 'Petugas',
  'report.staffId': 'NIP',
  'report.deskMode': 'Ukuran meja',
  'report.cases': 'Kasus',
  'report.approved': 'Disetujui',
  'report.pending': 'Ditunda',
  'report.rejected': 'Ditolak',
  'report.escalated': 'Dieskalasi',
  'report.approvedAmount': 'Nominal disetujui (Rp)',
  'report.avgHandling': 'Rata-rata penanganan',
  'report.reason': 'Alasan',
  'report.count': 'Jumlah',
  'report.total': 'Total',
  'report.none': 'Tidak ada klaim yang diputuskan pada periode ini.',
  'report.mode.oneToOne': 'Satu ke satu',
  'report.mode.oneToMany': 'Satu ke banyak (One to Many)',
  'report.minutes': '{minutes} menit',
} as const;

export type ReportKey = keyof typeof id;

const en = {
  'report.title': 'Branch claims report',
  'report.period': 'Period {from} to {to}',
  'report.filter.all': 'All programmes',
  'report.filter.one': 'Programme: {programme}',
  'report.generated': 'Generated {at}',
  'report.byProgramme': 'By programme',
  'report.byOfficer': 'By officer (CSO)',
  'report.byDeskMode': 'By desk size',
  'report.rejections': 'Rejection reasons',
  'report.programme': 'Programme',
  'report.officer': 'Officer',
  'report.staffId': 'Staff ID',
  'report.deskMode': 'Desk size',
  'report.cases': 'Cases',
  'report.approved': 'Approved',
  'report.pending': 'Pending',
  'report.rejected': 'Rejected',
  'report.escalated': 'Escalated',
  'report.approvedAmount': 'Approved amount (Rp)',
  'report.avgHandling': 'Average handling time',
  'report.reason': 'Reason',
  'report.count': 'Count',
  'report.total': 'Total',
  'report.none': 'No claim was decided in this period.',
  'report.mode.oneToOne': 'One to one',
  'report.mode.oneToMany': 'One to Many',
  'report.minutes': '{minutes} min',
} as const satisfies Record<ReportKey, string>;

const REPORT_TEXT: Readonly<Record<Lang, Readonly<Record<ReportKey, string>>>> = { id, en };

export function reportText(lang: Lang, key: ReportKey, params?: MessageParams): string {
  return interpolate(lang, REPORT_TEXT[lang][key], params);
}

/** Minutes with one decimal, the way the report states a handling time; a dash when unknown. */
export function handlingText(lang: Lang, seconds: number | null): string {
  if (seconds === null) return '–';
  return reportText(lang, 'report.minutes', { minutes: Math.round(seconds / 6) / 10 });
}

/** The report's count columns, in order, with their headings: the screen, the CSV and the PDF. */
export const REPORT_COUNT_COLUMNS = [
  { key: 'report.cases', field: 'cases' },
  { key: 'report.approved', field: 'approved' },
  { key: 'report.pending', field: 'pending' },
  { key: 'report.rejected', field: 'rejected' },
  { key: 'report.escalated', field: 'escalated' },
  { key: 'report.approvedAmount', field: 'approvedAmount' },
  { key: 'report.avgHandling', field: 'avgHandlingSeconds' },
] as const satisfies readonly { key: ReportKey; field: keyof ReportCounts }[];

/**
 * One count as a person reads it (grouped digits, minutes), or raw for a spreadsheet (plain
 * digits, minutes with one decimal, empty when unknown), so the file reads back exactly.
 */
export function reportCell(
  lang: Lang,
  field: keyof ReportCounts,
  counts: ReportCounts,
  raw: boolean,
): string {
  if (field === 'avgHandlingSeconds') {
    const seconds = counts.avgHandlingSeconds;
    if (raw) return seconds === null ? '' : (seconds / 60).toFixed(1);
    return handlingText(lang, seconds);
  }
  const value = counts[field];
  return raw ? String(value) : new Intl.NumberFormat(LOCALES[lang]).format(value);
}
