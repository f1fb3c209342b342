// The report's tables, headed with the report's shared words: per programme (with the total),
// per CSO, per desk size, and the reasons for rejections.

import {
  REPORT_COUNT_COLUMNS,
  reportCell,
  reportText,
  type BranchReport,
  type ReportCounts,
  type ReportKey,
} from '@bilik/shared';
import type { ReactNode } from 'react';
import { useI18n } from '../../renderer/i18n/I18nContext.js';
import { claimLabel } from '../../renderer/i18n/translate.js';

type Row = { key: string; name: ReactNode; counts: ReportCounts; total?: boolean };

export function ReportTables({ report }: { report: BranchReport }) {
  const { lang } = useI18n();
  const r = (key: ReportKey) => reportText(lang, key);
  if (report.totals.cases === 0) return <p className="notice">{r('report.none')}</p>;
  return (
    <div className="report-tables">
      <CountsTable
        id="report-programmes"
        caption={r('report.byProgramme')}
        nameHeader={r('report.programme')}
        rows={[
          ...report.programmes.map((p) => ({
            key: p.claimType,
            name: claimLabel(lang, p.claimType),
            counts: p,
          })),
          { key: 'total', name: r('report.total'), counts: report.totals, total: true },
        ]}
      />
      <CountsTable
        id="report-officers"
        caption={r('report.byOfficer')}
        nameHeader={r('report.officer')}
        rows={report.officers.map((o) => ({
          key: o.officerId,
          name: `${o.displayName} · ${o.staffId}`,
          counts: o,
        }))}
      />
      <CountsTable
        id="report-desk-modes"
        caption={r('report.byDeskMode')}
        nameHeader={r('report.deskMode')}
        rows={report.deskModes.map((m) => ({ key: m.mode, name: r(`report.mode.${m.mode}`), counts: m }))}
      />
      {report.rejections.length > 0 ? (
        <table className="report-table" id="report-rejections">
          <caption>{r('report.rejections')}</caption>
          <thead>
            <tr>
              <th scope="col">{r('report.programme')}</th>
              <th scope="col">{r('report.reason')}</th>
              <th scope="col" className="num">
                {r('report.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.rejections.map((x) => (
              <tr key={`${x.claimType}|${x.reason}`}>
                <td>{x.claimType}</td>
                <td>{x.reason}</td>
                <td className="num">{x.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

function CountsTable({
  id,
  caption,
  nameHeader,
  rows,
}: {
  id: string;
  caption: string;
  nameHeader: string;
  rows: Row[];
}) {
  const { lang } = useI18n();
  const r = (key: ReportKey) => reportText(lang, key);
  return (
    <table className="report-table" id={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          {REPORT_COUNT_COLUMNS.map((col) => (
            <th key={col.key} scope="col" className="num">
              {r(col.key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.total ? 'total' : undefined} data-row={row.key}>
            <th scope="row">{row.name}</th>
            {REPORT_COUNT_COLUMNS.map((col) => (
              <td key={col.key} className="num">
                {reportCell(lang, col.field, row.counts, false)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
