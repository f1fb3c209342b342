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

const fmt = (s: Summary, unit: string) =>
  `${round(s.median)} ${unit} (p95 ${round(s.p95)}, min–max ${round(s.min)}–${round(s.max)}, n=${s.runs})`;
const ratio = (a: Summary, b: Summary) => (b.median > 0 ? `${round(a.median / b.median, 2)}×` : 'n/a');

/** The short table in bench/RESULTS.md. */
export function renderResults(r: BenchReport): string {
  const rows: string[] = [];
  const { join, focus, capacity, signalling, restart, floor } = r.results;
  if (join) {
    rows.push(
      `| Join: booth camera → first frame at CSO | ${fmt(join.boothToCso, 'ms')} | baseline ${fmt(join.baselineForward, 'ms')} | ${ratio(join.boothToCso, join.baselineForward)} |`,
    );
    rows.push(
      `| Join: CSO camera → first frame at booth | ${fmt(join.csoToBooth, 'ms')} | baseline ${fmt(join.baselineReverse, 'ms')} | ${ratio(join.csoToBooth, join.baselineReverse)} |`,
    );
  }
  if (focus) {
    rows.push(`| Focus switch: request → ack (server side) | ${fmt(focus.serverMs, 'ms')} | | |`);
    rows.push(`| Focus switch: request → ack (client round trip) | ${fmt(focus.ackMs, 'ms')} | | |`);
    rows.push(
      `| Focus switch: request → first CSO audio packet at new booth | ${fmt(focus.firstAudioMs, 'ms')} | | |`,
    );
  }
  if (capacity) {
    rows.push(
      `| Capacity (1 worker = 1 core) | ${capacity.limitReason.startsWith('reached maxDesks') ? 'at least ' : ''}${capacity.maxDesksWithinLimits} desks, ${capacity.boothsPerCore} booths/core, ${capacity.consumersPerCore} consumers/core | mediasoup guideline ~${capacity.mediasoupGuidelineConsumersPerCore} consumers/core | ${round(capacity.consumersPerCore / capacity.mediasoupGuidelineConsumersPerCore, 2)}× |`,
    );
  }
  if (signalling) {
    rows.push(
      `| Signalling (${signalling.booths} booths + ${signalling.officers} CSOs) | ${fmt(signalling.messagesPerSecond, 'msg/s')} | latency p50 ${round(signalling.latencyMs.median, 2)} ms, p99 ${round(signalling.latencyMs.p99, 2)} ms | |`,
    );
  }
  if (restart) {
    rows.push(
      `| Restart after kill -9 (${restart.desks} desks, ${restart.booths} booths): desks restored | ${fmt(restart.serverRestoredMs, 'ms')} | | |`,
    );
    rows.push(`| Restart after kill -9: every booth reseated | ${fmt(restart.boothsBackMs, 'ms')} | | |`);
  }
  if (floor) {
    rows.push(
      `| Audio floor under generated schedules (real worker) | ${floor.schedules} schedules, ${floor.bursts} bursts, ${floor.focusRequests} focus requests: no violation | ${floor.seconds} s | |`,
    );
  }
  const capacitySteps = capacity
    ? [
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
      ]
    : [];
  return [
    '# Benchmark results',
    '',
    `Run ${r.date} on ${r.machine}, commit ${r.commit}, ${r.totalSeconds ?? '?'} s in all. Produced by \`npm run bench\`; raw figures in \`bench/results/latest.json\`.`,
    'Figures: median (p95, min–max, run count). Ratios compare to a baseline measured in the same run.',
    '',
    '| measure | Bilik | baseline / reference | ratio |',
    '|---|---|---|---|',
    ...rows,
    ...capacitySteps,
    '',
  ].join('\n');
}
