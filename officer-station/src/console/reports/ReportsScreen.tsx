// The claims report: a period and a programme, then the tables, the chart of approved amounts,
// and the same report as CSV (made here) or PDF (made by the server, fetched with the token).

import { AdminEvents, CLAIM_TYPES, type BranchReport, type ClaimType } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ErrorText } from '../../renderer/connection/ErrorText.js';
import { useAction } from '../../renderer/connection/useAction.js';
import { useI18n } from '../../renderer/i18n/I18nContext.js';
import { claimLabel } from '../../renderer/i18n/translate.js';
import type { AdminSocket } from '../connection/useAdminConnection.js';
import { downloadWithToken, saveFile } from '../connection/download.js';
import { useConsoleText } from '../i18n/ConsoleText.js';
import { AmountChart } from './AmountChart.js';
import { monthPeriod, type Period } from './period.js';
import { reportCsv } from './reportCsv.js';
import { ReportTables } from './ReportTables.js';

type Props = { socket: AdminSocket; serverUrl: string; token: string };

export function ReportsScreen({ socket, serverUrl, token }: Props) {
  const c = useConsoleText();
  const { lang } = useI18n();
  const [period, setPeriod] = useState<Period>(() => monthPeriod(new Date(), 0));
  const [claimType, setClaimType] = useState<ClaimType | null>(null);
  const [report, setReport] = useState<BranchReport | null>(null);
  const load = useAction();
  const pdf = useAction();

  const show = useCallback(
    async (p: Period, type: ClaimType | null) => {
      const r = await load.run(() => request(socket, AdminEvents.report, { ...p, claimType: type }));
      if (r.ok) setReport(r.value.report);
    },
    [socket, load.run],
  );
  useEffect(() => {
    void show(monthPeriod(new Date(), 0), null);
  }, [show]);

  const preset = (offset: number) => {
    const p = monthPeriod(new Date(), offset);
    setPeriod(p);
    void show(p, claimType);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void show(period, claimType);
  };
  const downloadCsv = () => {
    if (!report) return;
    // A byte-order mark, so a spreadsheet opens the file as UTF-8.
    saveFile(
      new Blob(['\uFEFF', reportCsv(report, lang)], { type: 'text/csv;charset=utf-8' }),
      `bilik-report-${report.from}-${report.to}.csv`,
    );
  };
  const downloadPdf = () => {
    if (!report) return;
    const query = new URLSearchParams({
      from: report.from,
      to: report.to,
      lang,
      ...(report.claimType ? { claimType: report.claimType } : {}),
    });
    void pdf.run(() => downloadWithToken(`${serverUrl}/api/reports/claims.pdf?${query}`, token));
  };

  return (
    <section className="console-section reports" aria-labelledby="reports-heading">
      <h2 id="reports-heading">{c('reports.heading')}</h2>
      <form className="report-form" onSubmit={submit}>
        <label>
          {c('reports.from')}
          <input
            type="date"
            required
            value={period.from}
            onChange={(e) => setPeriod({ ...period, from: e.target.value })}
          />
        </label>
        <label>
          {c('reports.to')}
          <input
            type="date"
            required
            value={period.to}
            onChange={(e) => setPeriod({ ...period, to: e.target.value })}
          />
        </label>
        <label>
          {c('reports.programme')}
          <select
            value={claimType ?? ''}
            onChange={(e) => setClaimType((e.target.value || null) as ClaimType | null)}
          >
            <option value="">{c('reports.allProgrammes')}</option>
            {CLAIM_TYPES.map((t) => (
              <option key={t} value={t}>
                {claimLabel(lang, t)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={load.pending}>
          {c('reports.show')}
        </button>
        <button type="button" onClick={() => preset(0)}>
          {c('reports.thisMonth')}
        </button>
        <button type="button" onClick={() => preset(-1)}>
          {c('reports.lastMonth')}
        </button>
      </form>
      <ErrorText error={load.error} />
      {report ? (
        <>
          <div className="report-actions">
            <button type="button" onClick={downloadCsv}>
              {c('reports.csv')}
            </button>
            <button type="button" onClick={downloadPdf} disabled={pdf.pending}>
              {c('reports.pdf')}
            </button>
            {pdf.error ? (
              <p role="alert" className="error">
                {c('reports.downloadFailed')}
              </p>
            ) : null}
          </div>
          <div className="report-body" data-report-from={report.from} data-report-to={report.to}>
            <ReportTables report={report} />
            <AmountChart report={report} />
          </div>
        </>
      ) : null}
    </section>
  );
}
