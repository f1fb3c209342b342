import type { CapacityResult } from './capacity.js';
import type { FloorPropertyResult } from './floorProperty.js';
import type { FocusSwitchResult } from './focusSwitch.js';
import type { JoinTimeResult } from './joinTime.js';
import { round, type Summary } from './lib/stats.js';
import type { RestartResult } from './restart.js';
import type { SignallingResult } from './signalling.js';

export type BenchReport = {
  date: string;
  commit: string;
  machine: string;
  /** Versions under test; older runs name Node.js in `machine` only. */
  stack?: { node: string; mediasoup: string };
  /** os.loadavg() as the run started and ended: other work on the machine skews every figure. */
  loadAverage?: { start: number[]; end: number[] };
  totalSeconds?: number;
  results: {
    join?: JoinTimeResult;
    focus?: FocusSwitchResult;
    capacity?: CapacityResult;
    signalling?: SignallingResult;
    restart?: RestartResult;
    floor?: FloorPropertyResult;
  };
};

type Row = { measure: string; bilik: string; reference: string; ratio: string };

const fmt = (s: Summary, unit: string) =>
  `${round(s.median)} ${unit} (p95 ${round(s.p95)}, min–max ${round(s.min)}–${round(s.max)}, n=${s.runs})`;
const ratio = (a: Summary, b: Summary) => (b.median > 0 ? `${round(a.median / b.median, 2)}×` : 'n/a');

function tableRows(r: BenchReport): Row[] {
  const rows: Row[] = [];
  const row = (measure: string, bilik: string, reference = '', ratio = '') =>
    rows.push({ measure, bilik, reference, ratio });
  const { join, focus, capacity, signalling, restart, floor } = r.results;
  if (join) {
    row(
      'Join: booth camera → first frame at CSO',
      fmt(join.boothToCso, 'ms'),
      `baseline ${fmt(join.baselineForward, 'ms')}`,
      ratio(join.boothToCso, join.baselineForward),
    );
    row(
      'Join: CSO camera → first frame at booth',
      fmt(join.csoToBooth, 'ms'),
      `baseline ${fmt(join.baselineReverse, 'ms')}`,
      ratio(join.csoToBooth, join.baselineReverse),
    );
  }
  if (focus) {
    row('Focus switch: request → ack (server side)', fmt(focus.serverMs, 'ms'));
    row('Focus switch: request → ack (client round trip)', fmt(focus.ackMs, 'ms'));
    row('Focus switch: request → first CSO audio packet at new booth', fmt(focus.firstAudioMs, 'ms'));
  }
  if (capacity) {
    row(
      'Capacity (1 worker = 1 core)',
      `${capacity.limitReason.startsWith('reached maxDesks') ? 'at least ' : ''}${capacity.maxDesksWithinLimits} desks, ${capacity.boothsPerCore} booths/core, ${capacity.consumersPerCore} consumers/core`,
      `mediasoup guideline ~${capacity.mediasoupGuidelineConsumersPerCore} consumers/core`,
      `${round(capacity.consumersPerCore / capacity.mediasoupGuidelineConsumersPerCore, 2)}×`,
    );
  }
  if (signalling) {
    row(
      `Signalling (${signalling.booths} booths + ${signalling.officers} CSOs)`,
      fmt(signalling.messagesPerSecond, 'msg/s'),
      `latency p50 ${round(signalling.latencyMs.median, 2)} ms, p99 ${round(signalling.latencyMs.p99, 2)} ms`,
    );
  }
  if (restart) {
    row(
      `Restart after kill -9 (${restart.desks} desks, ${restart.booths} booths): desks restored`,
      fmt(restart.serverRestoredMs, 'ms'),
    );
    row('Restart after kill -9: every booth reseated', fmt(restart.boothsBackMs, 'ms'));
  }
  if (floor) {
    row(
      'Audio floor under generated schedules (real worker)',
      `${floor.schedules} schedules, ${floor.bursts} bursts, ${floor.focusRequests} focus requests: no violation`,
      `${floor.seconds} s`,
    );
  }
  return rows;
}

/** One line naming a run: when, where, on which versions, and how busy the machine was. */
function describeRun(r: BenchReport): string {
  const stack = r.stack ? `, Node v${r.stack.node}, mediasoup ${r.stack.mediasoup}` : '';
  const load = r.loadAverage
    ? `, machine load average (1 min) ${round(r.loadAverage.start[0] ?? NaN, 2)} at start and ${round(r.loadAverage.end[0] ?? NaN, 2)} at end`
    : ', machine load average not recorded';
  // A 1-minute average hides bursts; the capacity bench samples other processes' CPU per window.
  const busy = r.results.capacity?.notes.find((n) => n.startsWith('Machine load besides this bench'));
  return `${r.date} on ${r.machine}${stack}, commit ${r.commit}, ${r.totalSeconds ?? '?'} s in all${load}${busy ? ` (capacity: ${busy.replace(/\.$/, '').toLowerCase()})` : ''}`;
}

function capacitySteps({ capacity }: BenchReport['results']): string[] {
  if (!capacity) return [];
  return [
    '',
    `Capacity steps (stop reason: ${capacity.limitReason}):`,
    '',
    '| desks | booths | consumers (active) | worker CPU % | generator CPU % | packets/s sent | loss % |',
    '|---|---|---|---|---|---|---|',
    ...capacity.steps.map(
      (s) =>
        `| ${s.desks} | ${s.booths} | ${s.consumers} (${s.activeConsumers}) | ${round(s.workerCpuPercent)} | ${round(s.generatorCpuPercent)} | ${Math.round(s.packetsSentPerSecond)} | ${round(s.lossPercent, 2)} |`,
    ),
    ...capacity.notes.map((n) => `- ${n}`),
  ];
}

/**
 * bench/RESULTS.md: this run's table and, when a previous run is given (bench/results/previous.json),
 * that run's Bilik figure for each measure beside it, so a change of stack or code is read off one row.
 */
export function renderResults(r: BenchReport, previous?: BenchReport): string {
  const before = new Map((previous ? tableRows(previous) : []).map((row) => [row.measure, row.bilik]));
  const rows = tableRows(r).map(
    (row) =>
      `| ${row.measure} | ${row.bilik} | ${row.reference} | ${row.ratio} |` +
      (previous ? ` ${before.get(row.measure) ?? 'not measured'} |` : ''),
  );
  return [
    '# Benchmark results',
    '',
    `Run ${describeRun(r)}. Produced by \`npm run bench\`; raw figures in \`bench/results/latest.json\`.`,
    ...(previous
      ? [
          `Previous run (\`bench/results/previous.json\`, last column): ${describeRun(previous)}.`,
          'Other work on this 2-core machine slows every figure; compare runs made under similar load.',
        ]
      : []),
    'Figures: median (p95, min–max, run count). Ratios compare to a baseline measured in the same run.',
    '',
    `| measure | Bilik | baseline / reference | ratio |${previous ? ' previous run: Bilik |' : ''}`,
    `|---|---|---|---|${previous ? '---|' : ''}`,
    ...rows,
    ...capacitySteps(r.results),
    '',
  ].join('\n');
}
