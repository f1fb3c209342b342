// The report's period presets: this month so far, and last month whole, as local dates.

export type Period = { from: string; to: string };

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The month `offset` months from today's (0: this month up to today; -1: last month whole). */
export function monthPeriod(today: Date, offset: number): Period {
  const first = new Date(today.getFullYear(), today.getMonth() + offset, 1);
  const last = new Date(today.getFullYear(), today.getMonth() + offset + 1, 0);
  return { from: iso(first), to: iso(offset === 0 ? today : last) };
}
