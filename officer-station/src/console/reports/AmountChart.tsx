// Approved rupiah per programme as a bar chart (Chart.js on a canvas). The figures themselves are
// in the table beside it; the canvas is labelled as an image for screen readers.

import { reportText, type BranchReport } from '@bilik/shared';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../renderer/i18n/I18nContext.js';
import { useConsoleText } from '../i18n/ConsoleText.js';

// Only what a bar chart needs, so the bundle carries no other chart type.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export function AmountChart({ report }: { report: BranchReport }) {
  const c = useConsoleText();
  const { lang } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const rupiah = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: report.programmes.map((p) => p.claimType),
        datasets: [
          {
            label: reportText(lang, 'report.approvedAmount'),
            data: report.programmes.map((p) => p.approvedAmount),
            backgroundColor: '#0b5d3b',
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { callback: (v) => `Rp${rupiah.format(Number(v))}` } } },
        plugins: { legend: { display: false } },
      },
    });
    return () => chart.destroy();
  }, [report, lang]);

  return (
    <figure className="report-chart">
      <figcaption>{c('reports.chart')}</figcaption>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={c('reports.chartLabel')} />
      </div>
    </figure>
  );
}
