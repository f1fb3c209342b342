import type { WindowFigures } from './measure.js';

// Small pieces of the capacity run kept out of capacity.ts: the desk schedule, the first-step
// self-check, and arithmetic.

/** Any single mediasoup round of requests taking longer than this means something is stuck. */
const REQUEST_TIMEOUT_MS = 20_000;

/** 1, 2, 3, 4, then every 2 desks, always ending on maxDesks. */
export function deskSchedule(maxDesks: number): number[] {
  const out: number[] = [];
  for (let d = 1; d <= maxDesks; d = d < 4 ? d + 1 : d + 2) out.push(d);
  if (out.at(-1) !== maxDesks && maxDesks >= 1) out.push(maxDesks);
  return out;
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export function slope(points: [number, number][]): number {
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

export function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`capacity bench: ${what} timed out`)), REQUEST_TIMEOUT_MS);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * At the first step the CSO's camera consumers must forward exactly the simulcast layer the
 * policy picked. Nothing at all on the focused (layer 2) one means mediasoup never saw a
 * keyframe it could parse, or could not switch layers: the rest of the run would be nonsense.
 */
export function selfCheck(w: WindowFigures): void {
  const cams = w.perProbe.filter((p) => p.probe.role === 'boothCamToCso');
  const bad = cams.filter(
    (c) => c.received === 0 || c.received < 0.5 * c.expected || c.received > 1.2 * c.expected,
  );
  if (bad.length === 0) return;
  const detail = bad
    .map(
      (c) =>
        `${c.probe.sessionId} layer ${c.probe.spatialLayer}: expected ~${c.expected}, received ${c.received}, ` +
        `currentLayers=${JSON.stringify(c.probe.consumer.currentLayers ?? null)}`,
    )
    .join('; ');
  throw new Error(
    `capacity self-check failed: simulcast consumers do not forward the policy's layer (${detail}). ` +
      'Check the VP8 payload descriptor / keyframe bytes in bench/capacity/rtpPackets.ts.',
  );
}
