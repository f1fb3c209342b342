// The idle rule as a pure function of time, so it is tested without timers: after `timeoutS`
// seconds without a touch or key the idle action runs (a wipe, or marking the booth absent), and
// for the last `warnS` seconds the participant sees a countdown with a button to stay.

export const IDLE_WARNING_SECONDS = 15;
/**
 * How long "Masih di sana?" waits for an answer before a waiting participant is marked absent:
 * a full minute, or the second half of a shorter configured timeout (so the question is not
 * on screen from the first second).
 */
export function presenceAnswerSeconds(presenceTimeoutSeconds: number): number {
  return Math.min(60, Math.max(1, Math.floor(presenceTimeoutSeconds / 2)));
}

export type IdlePhase =
  { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'expired' };

export function idlePhase(
  lastActivityMs: number,
  nowMs: number,
  timeoutS: number,
  warnS = IDLE_WARNING_SECONDS,
): IdlePhase {
  const left = timeoutS * 1000 - (nowMs - lastActivityMs);
  if (left <= 0) return { phase: 'expired' };
  if (left <= Math.min(warnS, timeoutS) * 1000)
    return { phase: 'warning', secondsLeft: Math.ceil(left / 1000) };
  return { phase: 'active' };
}
