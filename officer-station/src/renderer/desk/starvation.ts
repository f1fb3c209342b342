// Starvation guard. In One to Many mode the CSO tends to ping-pong between the two booths that
// talk most; the grid marks the booth that has gone longest without attention so a quiet
// participant is not forgotten, and the "N" key focuses it.

import type { SlotView } from '@bilik/shared';

type Candidate = { sessionId: string; since: number; priority: boolean; slot: number };

/** The held booth whose wait started earliest; priority participants win ties. null if none waits. */
export function longestUnattended(
  slots: readonly SlotView[],
  focusedSessionId: string | null,
): string | null {
  const candidates: Candidate[] = [];
  for (const { slot, session } of slots) {
    if (!session || session.sessionId === focusedSessionId) continue;
    if (session.state !== 'waiting' && session.state !== 'onHold') continue;
    // waitingSince is reset on every focus, so it is "time since attention" for held booths too.
    const since = session.waitingSince === null ? Number.NaN : Date.parse(session.waitingSince);
    if (Number.isNaN(since)) continue;
    candidates.push({ sessionId: session.sessionId, since, priority: session.priorityNeed !== null, slot });
  }
  candidates.sort((a, b) => a.since - b.since || Number(b.priority) - Number(a.priority) || a.slot - b.slot);
  return candidates[0]?.sessionId ?? null;
}
