// The report as one CSV table, for a spreadsheet: a section column (programme, total, officer,
// desk size, rejection reason), the row's name, and the counts as plain numbers (no grouping),
// so the file reads back exactly. Column names are the report's own words (shared/i18n).

import {
  REPORT_COUNT_COLUMNS,
  reportCell,
  reportText,
  type BranchReport,
  type Lang,
  type ReportCounts,
  type ReportKey,
} from '@bilik/shared';
import Papa from 'papaparse';
import { claimLabel } from '../../renderer/i18n/translate.js';

export function reportCsvRows(report: BranchReport, lang: Lang): string[][] {
  const r = (key: ReportKey) => reportText(lang, key);
  const counts = (c: ReportCounts) => REPORT_COUNT_COLUMNS.map((col) => reportCell(lang, col.field, c, true));
  return [
    [
      lang === 'id' ? 'Bagian' : 'Section',
      lang === 'id' ? 'Nama' : 'Name',
      ...REPORT_COUNT_COLUMNS.map((col) =>
        col.field === 'avgHandlingSeconds'
          ? `${r(col.key)} (${lang === 'id' ? 'menit' : 'min'})`
          : r(col.key),
      ),
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
