import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { types } from 'mediasoup';
import type { BenchDesk, Probe } from './desk.js';
import { stampNow, type StampWindow } from './rtpPackets.js';
import type { RtpGenerator } from './rtpGenerator.js';

/** CPU counters read together, right after the worker answers getResourceUsage. */
export type CpuSample = {
  at: number;
  workerCpuMs: number;
  benchCpuUs: number;
  generatorSent: number;
  machineBusyTicks: number | null;
  udpRcvbufErrors: number | null;
};

export async function cpuSample(worker: types.Worker, generator: RtpGenerator): Promise<CpuSample> {
  const ru = await worker.getResourceUsage(); // ms, user + system (Worker.cpp converts uv_getrusage)
  const cpu = process.cpuUsage();
  return {
    at: performance.now(),
    workerCpuMs: ru.ru_utime + ru.ru_stime,
    benchCpuUs: cpu.user + cpu.system,
    generatorSent: generator.totalSent(),
    machineBusyTicks: procField('/proc/stat', 'cpu ', (v) =>
      v.slice(0, 8).reduce((a, x, i) => (i === 3 || i === 4 ? a : a + x), 0),
    ),
    udpRcvbufErrors: udpRcvbufErrors(),
  };
}

/** Sums a /proc line's numbers; null where /proc is not available. */
function procField(path: string, prefix: string, pick: (values: number[]) => number): number | null {
  try {
    const line = readFileSync(path, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(prefix));
    return line ? pick(line.slice(prefix.length).trim().split(/\s+/).map(Number)) : null;
  } catch {
    return null;
  }
}

/** System-wide UDP receive-buffer drops (/proc/net/snmp): every socket on the box, not just ours. */
function udpRcvbufErrors(): number | null {
  try {
    const lines = readFileSync('/proc/net/snmp', 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('Udp:'));
    const i = lines[0]!.split(/\s+/).indexOf('RcvbufErrors');
    return i < 0 ? null : Number(lines[1]!.split(/\s+/)[i]);
  } catch {
    return null;
  }
}

/** Starts counting packets stamped from now on, at the generator and at every sink. */
export function openWindow(window: StampWindow, generator: RtpGenerator, desks: BenchDesk[]): void {
  generator.resetWindowCounts();
  for (const d of desks) d.sink.resetWindowCounts();
  window.from = stampNow() + 1;
  window.to = Infinity;
}

/** Stops counting: packets stamped from now on are neither expected nor counted. */
export function closeWindow(window: StampWindow): void {
  window.to = stampNow() + 1;
}

/**
 * Waits until the packets stamped inside the window have all come out of the worker and the
 * sockets (the sinks' counts stop moving), at most 3 s.
 */
export async function drain(probes: Probe[]): Promise<void> {
  let last = -1;
  for (let waited = 0; waited < 3000; waited += 150) {
    await sleep(150);
    const now = probes.reduce((n, p) => n + p.sink.receivedInWindow(p.sinkSsrc), 0);
    if (now === last) return;
    last = now;
  }
}

export type WindowFigures = {
  seconds: number;
  workerCpuPercent: number;
  benchCpuPercent: number;
  /** Everything else on the machine, in % of one core (from /proc/stat), or null. */
  otherCpuPercent: number | null;
  packetsSentPerSecond: number;
  /** End to end, generator -> worker -> sink, over the consumers the policy leaves running. */
  lossPercent: number;
  /** Packets that reached the sink for consumers the policy pauses (must be 0). */
  pausedLeak: number;
  perProbe: { probe: Probe; expected: number; received: number }[];
  udpRcvbufErrors: number | null;
};

export function figures(a: CpuSample, b: CpuSample, probes: Probe[], generator: RtpGenerator): WindowFigures {
  const seconds = (b.at - a.at) / 1000;
  let expected = 0;
  let received = 0;
  let pausedLeak = 0;
  const perProbe = probes.map((probe) => {
    const e = generator.sentInWindow(probe.sourceSsrc);
    const r = probe.sink.receivedInWindow(probe.sinkSsrc);
    if (probe.paused) pausedLeak += r;
    else {
      expected += e;
      received += r;
    }
    return { probe, expected: e, received: r };
  });
  const worker = ((b.workerCpuMs - a.workerCpuMs) / (seconds * 1000)) * 100;
  const bench = ((b.benchCpuUs - a.benchCpuUs) / (seconds * 1e6)) * 100;
  const machine =
    a.machineBusyTicks === null || b.machineBusyTicks === null
      ? null
      : (b.machineBusyTicks - a.machineBusyTicks) / seconds; // USER_HZ = 100 ticks/s = % of a core
  return {
    seconds,
    workerCpuPercent: worker,
    benchCpuPercent: bench,
    otherCpuPercent: machine === null ? null : Math.max(0, machine - worker - bench),
    packetsSentPerSecond: (b.generatorSent - a.generatorSent) / seconds,
    lossPercent: expected > 0 ? (1 - received / expected) * 100 : 0,
    pausedLeak,
    perProbe,
    udpRcvbufErrors:
      a.udpRcvbufErrors === null || b.udpRcvbufErrors === null ? null : b.udpRcvbufErrors - a.udpRcvbufErrors,
  };
}

/**
 * mediasoup's own view for the cross-check: the producers' packetCount and packetsLost (sequence
 * gaps seen on arrival, i.e. loss between the generator and the worker's RTP streams). Read just
 * before the window opens and right after it closes.
 */
export type StatsSnapshot = { producerReceived: number; producerLost: number };

export async function statsSnapshot(desks: BenchDesk[]): Promise<StatsSnapshot> {
  const s: StatsSnapshot = { producerReceived: 0, producerLost: 0 };
  await Promise.all(
    desks.flatMap((desk) =>
      desk.producers.map(async (producer) => {
        for (const st of await producer.getStats()) {
          s.producerReceived += st.packetCount;
          s.producerLost += st.packetsLost;
        }
      }),
    ),
  );
  return s;
}

/** mediasoup's ingress loss over the window, in percent. */
export function mediasoupIngressLoss(a: StatsSnapshot, b: StatsSnapshot): number {
  const got = b.producerReceived - a.producerReceived;
  const lost = b.producerLost - a.producerLost;
  return got + lost > 0 ? Math.round((lost / (got + lost)) * 1e5) / 1e3 : 0;
}
