// Starvation guard. In One to Many mode the CSO tends to ping-pong between the two booths that
// talk most; the grid marks the booth that has gone longest without attention so a quiet
// participant is not forgotten, and the "N" key focuses it.

import type { SlotView } from '@bilik/shared';
import { activityOf, waitStart } from './tileModel.js';

type Candidate = { sessionId: string; since: number; priority: boolean; slot: number };

/**
 * The booth waiting for the CSO whose wait started earliest (check-in for a booth never served,
 * the last turn for one on hold); priority participants win ties. Absent and decided booths
 * are nobody's turn. null if none waits.
 */
export function longestUnattended(
  slots: readonly SlotView[],
  focusedSessionId: string | null,
): string | null {
  const candidates: Candidate[] = [];
  for (const { slot, session } of slots) {
    if (!session || session.sessionId === focusedSessionId) continue;
    const activity = activityOf(session, false);
    if (activity !== 'waiting' && activity !== 'onHold') continue;
    const start = waitStart(session, activity);
    const since = start ? Date.parse(start.at) : Number.NaN;
    if (Number.isNaN(since)) continue;
    candidates.push({ sessionId: session.sessionId, since, priority: session.priorityNeed !== null, slot });
  }
  candidates.sort((a, b) => a.since - b.since || Number(b.priority) - Number(a.priority) || a.slot - b.slot);
  return candidates[0]?.sessionId ?? null;
}
