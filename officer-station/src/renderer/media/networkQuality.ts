// Network quality per booth as the CSO actually receives it: packet loss over the last interval
// and the transport's round-trip time, read from the station's own getStats. (The producer
// score the server saw took the worst simulcast layer, so a layer the encoder had not started
// read as "poor" even on loopback.)

import type { NetworkQuality } from '@bilik/shared';

export type LinkSample = { packetsReceived: number; packetsLost: number };

/** Loss below 2 % and RTT below 150 ms is good; below 8 % and 400 ms fair; anything worse poor. */
export const QUALITY_THRESHOLDS = {
  good: { loss: 0.02, rttMs: 150 },
  fair: { loss: 0.08, rttMs: 400 },
} as const;

export function qualityOf(
  previous: LinkSample | undefined,
  current: LinkSample,
  rttMs: number | null,
): NetworkQuality {
  if (!previous) return 'unknown';
  const received = current.packetsReceived - previous.packetsReceived;
  const lost = Math.max(0, current.packetsLost - previous.packetsLost);
  if (received + lost <= 0) return 'unknown';
  const loss = lost / (received + lost);
  const rtt = rttMs ?? 0;
  if (loss < QUALITY_THRESHOLDS.good.loss && rtt < QUALITY_THRESHOLDS.good.rttMs) return 'good';
  if (loss < QUALITY_THRESHOLDS.fair.loss && rtt < QUALITY_THRESHOLDS.fair.rttMs) return 'fair';
  return 'poor';
}

type StatsEntry = {
  type: string;
  trackIdentifier?: string;
  packetsReceived?: number;
  packetsLost?: number;
  state?: string;
  nominated?: boolean;
  currentRoundTripTime?: number;
};

/** Inbound packets per booth session (by the receiving track's id) and the selected pair's RTT. */
export function linkSamples(
  entries: Iterable<StatsEntry>,
  sessionOfTrack: ReadonlyMap<string, string>,
): { samples: Map<string, LinkSample>; rttMs: number | null } {
  const samples = new Map<string, LinkSample>();
  let rttMs: number | null = null;
  for (const e of entries) {
    if (e.type === 'candidate-pair' && e.state === 'succeeded' && e.currentRoundTripTime !== undefined)
      rttMs = Math.max(rttMs ?? 0, e.currentRoundTripTime * 1000);
    if (e.type !== 'inbound-rtp') continue;
    const session = sessionOfTrack.get(e.trackIdentifier ?? '');
    if (!session) continue;
    const sum = samples.get(session) ?? { packetsReceived: 0, packetsLost: 0 };
    sum.packetsReceived += e.packetsReceived ?? 0;
    sum.packetsLost += e.packetsLost ?? 0;
    samples.set(session, sum);
  }
  return { samples, rttMs };
}
