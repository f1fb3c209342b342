// Must be first: mediasoup reads MEDIASOUP_WORKER_BIN when its module loads (see workerEnv.ts).
import '../sfu-server/src/media/workerEnv.js';
import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createWorker } from 'mediasoup';
import { BOOTHS_PER_DESK, buildDesk, type BenchDesk } from './capacity/desk.js';
import {
  closeWindow,
  cpuSample,
  drain,
  figures,
  mediasoupIngressLoss,
  openWindow,
  statsSnapshot,
} from './capacity/measure.js';
import { StampWindow } from './capacity/rtpPackets.js';
import { deskSchedule, round, selfCheck, slope, withTimeout } from './capacity/steps.js';
import { RtpGenerator } from './capacity/rtpGenerator.js';

// How many desks (1 CSO + 6 booths) one mediasoup worker, i.e. one core, carries, without
// browsers: a Node RTP generator stands in for the kiosks and the officer station, PlainTransports
// for their WebRtcTransports, UDP sinks for their receivers. Desks are added step by step until
// the worker's CPU or the end-to-end loss crosses its limit.

export type CapacityStep = {
  desks: number;
  booths: number;
  producers: number;
  consumers: number;
  activeConsumers: number;
  workerCpuPercent: number;
  generatorCpuPercent: number;
  packetsSentPerSecond: number;
  lossPercent: number;
  durationSeconds: number;
};

export type CapacityResult = {
  steps: CapacityStep[];
  limitReason: string;
  maxDesksWithinLimits: number;
  boothsPerCore: number;
  consumersPerCore: number;
  mediasoupGuidelineConsumersPerCore: 500;
  notes: string[];
};

export type CapacityOptions = {
  maxDesks?: number;
  stepSeconds?: number;
  cpuLimitPercent?: number;
  lossLimitPercent?: number;
  log?: (line: string) => void;
};

/** Long enough for new consumers' first keyframe (PLI answered within a tick) and SRs (1 s). */
const WARMUP_MS = 2000;
/** A generator below this share of its nominal rate under-drives the worker: results stop counting. */
const GENERATOR_KEEPUP = 0.9;
/**
 * This machine is shared: a step that crosses a limit is measured once more before the run
 * stops on it, so one burst of someone else's load does not end the run. At most this many.
 */
const MAX_CONFIRMATIONS = 2;
/**
 * ...but only while the run still fits this budget (the default run takes ~2 min; confirmations
 * must not push it past ~3). Longer schedules or steps get at least their nominal time.
 */
const RUN_BUDGET_MS = 170_000;

export async function runCapacity(options: CapacityOptions = {}): Promise<CapacityResult> {
  const maxDesks = options.maxDesks ?? 16;
  const stepSeconds = options.stepSeconds ?? 8;
  const cpuLimit = options.cpuLimitPercent ?? 85;
  const lossLimit = options.lossLimitPercent ?? 1;
  const log = options.log ?? (() => {});
  if (maxDesks < 1) throw new Error('maxDesks must be at least 1');

  const started = performance.now();
  const notes: string[] = [];
  const steps: CapacityStep[] = [];
  const worker = await createWorker({ logLevel: 'error' });
  let died: Error | undefined;
  worker.on('died', (err) => (died = err));
  const window = new StampWindow();
  const generator = new RtpGenerator(window, 10);
  const desks: BenchDesk[] = [];
  let ssrc = randomInt(0x1000, 0x7fff0000);
  const nextSsrc = () => ++ssrc;
  let limitReason = '';
  let maxWithin = 0;
  let withinStep: CapacityStep | null = null;
  let leaks = 0;
  let confirmations = 0;
  const otherLoad: number[] = [];

  /** One measurement at the current number of desks: CPU window, loss window, stats around them. */
  const measure = async (d: number) => {
    const probes = desks.flatMap((x) => x.probes);
    const statsA = await withTimeout(statsSnapshot(desks), 'getStats');
    const skipped0 = generator.skippedFrames;
    const keyReq0 = generator.keyFrameRequests;
    generator.maxTickGapMs = 0;
    const a = await cpuSample(worker, generator);
    openWindow(window, generator, desks);
    await sleep(stepSeconds * 1000);
    const b = await cpuSample(worker, generator);
    closeWindow(window);
    const statsB = await withTimeout(statsSnapshot(desks), 'getStats');
    await drain(probes);
    if (died) throw new Error(`mediasoup worker died during the bench: ${String(died)}`);
    const w = figures(a, b, probes, generator);
    const ingress = mediasoupIngressLoss(statsA, statsB);
    const step: CapacityStep = {
      desks: d,
      booths: d * BOOTHS_PER_DESK,
      producers: desks.reduce((n, x) => n + x.producers.length, 0),
      consumers: probes.length,
      activeConsumers: probes.filter((p) => !p.paused).length,
      workerCpuPercent: round(w.workerCpuPercent),
      generatorCpuPercent: round(w.benchCpuPercent),
      packetsSentPerSecond: Math.round(w.packetsSentPerSecond),
      lossPercent: round(Math.max(0, w.lossPercent), 3),
      durationSeconds: round(w.seconds, 2),
    };
    const detail =
      `other load on the machine ${w.otherCpuPercent === null ? 'n/a' : round(w.otherCpuPercent) + '% of a core'}, ` +
      `mediasoup producers' packetsLost ${ingress}% (ingress), paused-consumer packets ${w.pausedLeak}, ` +
      `system-wide UDP RcvbufErrors ` +
      `+${w.udpRcvbufErrors ?? 'n/a'}, generator: max tick gap ${round(generator.maxTickGapMs)} ms, ` +
      `skipped frames ${generator.skippedFrames - skipped0}, keyframe requests ` +
      `${generator.keyFrameRequests - keyReq0}, send errors ${generator.sendErrors}`;
    return { step, w, detail };
  };

  try {
    generator.start();
    const schedule = deskSchedule(maxDesks);
    for (let i = 0; i < schedule.length; i++) {
      const d = schedule[i]!;
      while (desks.length < d) {
        desks.push(
          await withTimeout(buildDesk(worker, desks.length, generator, nextSsrc, window), 'building a desk'),
        );
      }
      await sleep(WARMUP_MS);
      const { step, w, detail } = await measure(d);
      if (steps.length === 0) selfCheck(w);
      steps.push(step);
      leaks += w.pausedLeak;
      if (w.otherCpuPercent !== null) otherLoad.push(w.otherCpuPercent);
      const nominal = generator.nominalPacketsPerSecond();
      notes.push(`D=${d}: ${detail}`);
      log(
        `D=${d} booths=${step.booths} consumers=${step.consumers} (active ${step.activeConsumers}) ` +
          `worker ${step.workerCpuPercent}% bench ${step.generatorCpuPercent}% ` +
          `${step.packetsSentPerSecond} pkt/s (nominal ${Math.round(nominal)}) loss ${step.lossPercent}% | ${detail}`,
      );
      let crossed = '';
      if (w.packetsSentPerSecond < GENERATOR_KEEPUP * nominal) {
        crossed =
          `generator saturated at D=${d}: sent ${step.packetsSentPerSecond} of ${Math.round(nominal)} packets/s ` +
          '(a limit of this bench machine, not of the SFU)';
      } else if (step.workerCpuPercent > cpuLimit) {
        crossed = `worker CPU ${step.workerCpuPercent}% > ${cpuLimit}% at D=${d}`;
      } else if (step.lossPercent > lossLimit) {
        crossed = `loss ${step.lossPercent}% > ${lossLimit}% at D=${d}`;
      }
      // Projected end if we measure this step again and then finish the schedule.
      const elapsed = performance.now() - started;
      const perMeasurement = elapsed / steps.length;
      const projected = elapsed + (schedule.length - i) * perMeasurement;
      const budget = Math.max(RUN_BUDGET_MS, schedule.length * (WARMUP_MS + stepSeconds * 1000 + 3000));
      if (crossed && confirmations < MAX_CONFIRMATIONS && projected > budget) {
        notes.push(`D=${d}: ${crossed}; not measured again (the run would exceed its time budget)`);
      } else if (crossed && confirmations < MAX_CONFIRMATIONS) {
        confirmations++;
        notes.push(`D=${d}: ${crossed}; measured again to rule out other load on this shared machine`);
        log(`D=${d}: ${crossed}; measuring again`);
        i--;
        continue;
      }
      if (crossed) {
        limitReason = crossed;
        break;
      }
      maxWithin = d;
      withinStep = step;
    }
    if (!limitReason) {
      const last = steps.at(-1)!;
      limitReason =
        `reached maxDesks=${maxDesks} within limits (worker ${last.workerCpuPercent}% <= ${cpuLimit}%, ` +
        `loss ${last.lossPercent}% <= ${lossLimit}%): capacity is at least this`;
    }
  } finally {
    await generator.close();
    for (const desk of desks) desk.router.close();
    worker.close();
    await Promise.all(desks.map((x) => x.sink.close()));
  }

  const boothsPerCore = maxWithin * BOOTHS_PER_DESK;
  const consumersPerCore = withinStep?.consumers ?? 0;
  const perDesk = steps[0] ? steps[0].consumers / steps[0].desks : 0;
  // Least-squares slope of worker CPU over the steps within limits: the marginal cost of a desk,
  // less noisy than any single step and free of the idle worker's fixed cost.
  const passed = steps.filter((s) => s.desks <= maxWithin);
  const fit =
    new Set(passed.map((s) => s.desks)).size >= 2
      ? slope(passed.map((s) => [s.desks, s.workerCpuPercent]))
      : 0;
  const summary = [
    'Method: one mediasoup worker (= one core), one router per desk; per desk 6 booths x (VP8 simulcast camera ' +
      '150/500/1200 kbps @30 fps, VP8 document camera 1.5 Mbps @15 fps, Opus 20 ms) + CSO (VP8 800 kbps @30 fps, ' +
      'Opus) = 20 producers, 30 consumers of which 10 unpaused; consumers created paused and moved by ' +
      'policy.reconcileConsumers, expectations from desiredConsumerState.',
    'lossPercent is end to end, generator -> worker -> sink, for the consumers the policy leaves running: 1 - ' +
      'packets the sinks received / packets the generator sent on the exact stream (simulcast layer) each must ' +
      'forward. Packets are matched by a send stamp in their payload tail, so only packets sent during the CPU ' +
      'window count and late arrivals are waited for (not miscounted as lost). Cross-check per step: mediasoup ' +
      "producers' packetsLost over the same window (sequence gaps on arrival at the worker, over every " +
      'producer stream incl. layers and sources nobody is forwarding, so a different denominator), and the ' +
      "kernel-wide UDP RcvbufErrors counter (it also counts other processes' sockets).",
    `Machine load besides this bench during the measured windows: ${
      otherLoad.length
        ? `${round(Math.min(...otherLoad))}..${round(Math.max(...otherLoad))}% of a core (of 200%)`
        : 'n/a'
    }.`,
    `boothsPerCore / consumersPerCore are what one worker carried at D=${maxWithin}, the largest step within ` +
      "limits (all consumers, paused ones included, as mediasoup's ~500 consumers per worker guideline counts " +
      'them); measured, not extrapolated.' +
      (withinStep && withinStep.workerCpuPercent > 0
        ? ` That step used ${withinStep.workerCpuPercent}% of a core.`
        : ''),
    ...(fit > 0
      ? [
          `Marginal worker cost ~${round(fit, 2)}% of a core per desk (least squares over the steps within limits); ` +
            `if the worker had a core to itself up to ${cpuLimit}%: ~${Math.floor(cpuLimit / fit)} desks = ` +
            `~${Math.floor((cpuLimit / fit) * BOOTHS_PER_DESK)} booths = ~${Math.floor((cpuLimit / fit) * perDesk)} ` +
            'consumers per core (an extrapolation: optimistic, loss grows faster near saturation).',
        ]
      : []),
    'Caveats: the generator, the sinks and mediasoup channel traffic (generatorCpuPercent is this whole Node ' +
      'process) share the 2 cores with the worker, and other jobs on this machine ' +
      '(reported per step) add noise to every CPU figure. On loopback the kernel delivers a datagram in the ' +
      "sender's context, so part of the worker's receive cost is billed to the generator and the worker pays " +
      'for delivery to the sinks. PlainTransports carry no ICE, DTLS, SRTP or transport-cc: a WebRTC desk costs ' +
      'the worker more per packet (SRTP both ways), so real capacity is lower. The generator sends L1T1 VP8 (no ' +
      'temporal layers), never retransmits on NACK, and paces in 10 ms batches (burstier than a browser).',
    leaks === 0
      ? 'Policy check: consumers the policy pauses received 0 packets in every window.'
      : `POLICY LEAK: consumers the policy pauses received ${leaks} packets.`,
    `Runtime ${round((performance.now() - started) / 1000)} s.`,
  ];
  return {
    steps,
    limitReason,
    maxDesksWithinLimits: maxWithin,
    boothsPerCore,
    consumersPerCore,
    mediasoupGuidelineConsumersPerCore: 500,
    notes: [...summary, ...notes],
  };
}
