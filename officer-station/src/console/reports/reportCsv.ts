// The report as one CSV table, for a spreadsheet: a section column (programme, total, officer,
// desk size, rejection reason), the row's name, and the counts as plain numbers (no grouping),
// so the file reads back exactly. Column names are the report's own words (shared/i18n).

import { reportText, type BranchReport, type Lang, type ReportCounts, type ReportKey } from '@bilik/shared';
import Papa from 'papaparse';
import { claimLabel } from '../../renderer/i18n/translate.js';

const minutes = (seconds: number | null) => (seconds === null ? '' : (seconds / 60).toFixed(1));

export function reportCsvRows(report: BranchReport, lang: Lang): string[][] {
  const r = (key: ReportKey) => reportText(lang, key);
  const counts = (c: ReportCounts) => [
    String(c.cases),
    String(c.approved),
    String(c.pending),
    String(c.rejected),
    String(c.escalated),
    String(c.approvedAmount),
    minutes(c.avgHandlingSeconds),
  ];
  return [
    [
      lang === 'id' ? 'Bagian' : 'Section',
      lang === 'id' ? 'Nama' : 'Name',
      r('report.cases'),
      r('report.approved'),
      r('report.pending'),
      r('report.rejected'),
      r('report.escalated'),
      r('report.approvedAmount'),
      `${r('report.avgHandling')} (${lang === 'id' ? 'menit' : 'min'})`,
    ],
    ...report.programmes.map((p) => [r('report.byProgramme'), claimLabel(lang, p.claimType), ...counts(p)]),
    [
      r('report.total'),
      reportText(lang, 'report.period', { from: report.from, to: report.to }),
      ...counts(report.totals),
    ],
    ...report.officers.map((o) => [r('report.byOfficer'), `${o.displayName} (${o.staffId})`, ...counts(o)]),
    ...report.deskModes.map((m) => [r('report.byDeskMode'), r(`report.mode.${m.mode}`), ...counts(m)]),
    ...report.rejections.map((x) => [
      r('report.rejections'),
      `${x.claimType}: ${x.reason}`,
      String(x.count),
      '',
      '',
      String(x.count),
      '',
      '',
      '',
    ]),
  ];
}

export function reportCsv(report: BranchReport, lang: Lang): string {
  return Papa.unparse(reportCsvRows(report, lang));
}
