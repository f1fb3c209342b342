/** Order statistics of one measured quantity; benchmarks report these, never a single run. */
export type Summary = { runs: number; median: number; p95: number; p99: number; min: number; max: number };

export function summarize(values: number[]): Summary {
  if (values.length === 0) return { runs: 0, median: NaN, p95: NaN, p99: NaN, min: NaN, max: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return {
    runs: sorted.length,
    median: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    min: sorted[0]!,
    max: sorted.at(-1)!,
  };
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
