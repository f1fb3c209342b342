import {
  LOCALES,
  REPORT_COUNT_COLUMNS,
  reportCell,
  reportText,
  t,
  type BranchReport,
  type Lang,
  type ReportCounts,
  type ReportKey,
} from '@bilik/shared';
import type { ServerResponse } from 'node:http';
import PDFDocument from 'pdfkit';

// The branch report as a PDF for the branch head's files: the same figures and words as the
// console's screen (shared/i18n/report.ts), streamed as it is drawn.

type Column = { header: string; width: number; align: 'left' | 'right' };
const MARGIN = 40;
const ROW = 15;

export function streamReportPdf(
  report: BranchReport,
  lang: Lang,
  res: ServerResponse,
  now = new Date(),
): void {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: title(report, lang) },
  });
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="bilik-report-${report.from}-${report.to}.pdf"`,
    'cache-control': 'no-store',
  });
  doc.pipe(res);
  const r = (key: ReportKey, params?: Record<string, string | number>) => reportText(lang, key, params);
  const rupiah = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 });
  const claim = (type: string) => t(lang, `claim.${type}` as Parameters<typeof t>[1]);

  doc.font('Helvetica-Bold').fontSize(18).text(r('report.title'));
  doc.font('Helvetica').fontSize(11).text(title(report, lang));
  doc.text(
    r('report.generated', {
      at: new Intl.DateTimeFormat(LOCALES[lang], {
        dateStyle: 'long',
        timeStyle: 'short',
      }).format(now),
    }),
  );
  doc.moveDown();

  // Amount and handling time need room; the counts do not.
  const WIDTH: Partial<Record<keyof ReportCounts, number>> = { approvedAmount: 135, avgHandlingSeconds: 110 };
  const countColumns: Column[] = REPORT_COUNT_COLUMNS.map((col) => ({
    header: r(col.key),
    width: WIDTH[col.field] ?? 58,
    align: 'right',
  }));
  const counts = (c: ReportCounts) =>
    REPORT_COUNT_COLUMNS.map((col) =>
      col.field === 'approvedAmount'
        ? rupiah.format(c.approvedAmount)
        : reportCell(lang, col.field, c, false),
    );

  section(doc, r('report.byProgramme'));
  table(
    doc,
    [{ header: r('report.programme'), width: 230, align: 'left' }, ...countColumns],
    [
      ...report.programmes.map((p) => [claim(p.claimType), ...counts(p)]),
      [r('report.total'), ...counts(report.totals)],
    ],
  );
  amountBars(
    doc,
    report.programmes.map((p) => ({ label: p.claimType, value: p.approvedAmount })),
    rupiah,
  );

  section(doc, r('report.byOfficer'));
  table(
    doc,
    [
      { header: r('report.officer'), width: 160, align: 'left' },
      { header: r('report.staffId'), width: 70, align: 'left' },
      ...countColumns,
    ],
    report.officers.map((o) => [o.displayName, o.staffId, ...counts(o)]),
  );
  section(doc, r('report.byDeskMode'));
  table(
    doc,
    [{ header: r('report.deskMode'), width: 230, align: 'left' }, ...countColumns],
    report.deskModes.map((m) => [r(`report.mode.${m.mode}`), ...counts(m)]),
  );
  section(doc, r('report.rejections'));
  table(
    doc,
    [
      { header: r('report.programme'), width: 230, align: 'left' },
      { header: r('report.reason'), width: 419, align: 'left' },
      { header: r('report.count'), width: 80, align: 'right' },
    ],
    report.rejections.map((x) => [claim(x.claimType), x.reason, String(x.count)]),
  );
  if (report.totals.cases === 0) doc.moveDown().text(r('report.none'));
  doc.end();
}

function title(report: BranchReport, lang: Lang): string {
  const filter = report.claimType
    ? reportText(lang, 'report.filter.one', { programme: report.claimType })
    : reportText(lang, 'report.filter.all');
  return `${reportText(lang, 'report.period', { from: report.from, to: report.to })} · ${filter}`;
}

function section(doc: PDFKit.PDFDocument, heading: string): void {
  if (doc.y > doc.page.height - MARGIN - 4 * ROW) doc.addPage();
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(12).text(heading, MARGIN).moveDown(0.3);
}

/** Rows that reach the bottom of a page continue on the next one, under the header again. */
function table(doc: PDFKit.PDFDocument, columns: Column[], rows: string[][]): void {
  const line = (cells: string[], bold: boolean) => {
    if (doc.y > doc.page.height - MARGIN - ROW) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    cells.forEach((cell, i) => {
      const c = columns[i]!;
      doc.text(cell, x + 3, y + 4, { width: c.width - 6, align: c.align, lineBreak: false, ellipsis: true });
      x += c.width;
    });
    doc
      .moveTo(MARGIN, y + ROW)
      .lineTo(x, y + ROW)
      .strokeColor('#cccccc')
      .lineWidth(0.5)
      .stroke();
    doc.x = MARGIN;
    doc.y = y + ROW;
  };
  line(
    columns.map((c) => c.header),
    true,
  );
  for (const row of rows) line(row, false);
}

/** Approved rupiah per programme as horizontal bars: the seed's headline, at a glance. */
function amountBars(
  doc: PDFKit.PDFDocument,
  bars: { label: string; value: number }[],
  rupiah: Intl.NumberFormat,
): void {
  const max = Math.max(1, ...bars.map((b) => b.value));
  if (doc.y > doc.page.height - MARGIN - bars.length * ROW - 20) doc.addPage();
  let y = doc.y + 8;
  doc.font('Helvetica').fontSize(9);
  for (const b of bars) {
    const width = (b.value / max) * 420;
    doc.fillColor('#333333').text(b.label, MARGIN, y + 2, { width: 40 });
    doc.rect(MARGIN + 45, y, Math.max(width, 1), ROW - 4).fill('#1f6f43');
    doc
      .fillColor('#333333')
      .text(`Rp${rupiah.format(b.value)}`, MARGIN + 55 + width, y + 2, { lineBreak: false });
    y += ROW;
  }
  doc.fillColor('black');
  doc.x = MARGIN;
  doc.y = y + 4;
}
