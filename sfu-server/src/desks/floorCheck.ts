import type { ConsumerState } from './deskRoom.js';
import { desiredConsumerState } from './policy.js';

/**
 * What can be wrong with a desk's floor, worst first:
 * - heldButLive: media of a booth that does not hold the floor flows (a privacy breach);
 * - focusNotStored: the live floor differs from the database row a restart would restore;
 * - focusedButPaused: a consumer the floor says should flow is paused (a service fault).
 */
export type FloorViolation =
  | { kind: 'heldButLive'; consumerId: string; role: ConsumerState['role']; sessionId: string }
  | { kind: 'focusNotStored'; live: string | null; stored: string | null }
  | { kind: 'focusedButPaused'; consumerId: string; role: ConsumerState['role']; sessionId: string };

export type FloorViolationKind = FloorViolation['kind'];

/**
 * The floor invariant of one desk: the booths with any unpaused audio consumer (either way),
 * document consumer or CSO-camera consumer are none or exactly the focused booth, and the focused
 * booth is the one the database holds. Consumers whose client is ready also flow where they should.
 */
export function floorViolations(
  consumers: readonly ConsumerState[],
  focused: string | null,
  storedFocus: string | null,
): FloorViolation[] {
  const violations: FloorViolation[] = [];
  for (const c of consumers) {
    const want = desiredConsumerState(c.role, c.sessionId, focused);
    const where = { consumerId: c.consumerId, role: c.role, sessionId: c.sessionId };
    // Whether or not its client is ready: a consumer the floor holds must never flow.
    if (want.paused && !c.paused) violations.push({ kind: 'heldButLive', ...where });
    if (!want.paused && c.paused && c.clientReady) violations.push({ kind: 'focusedButPaused', ...where });
  }
  if (focused !== storedFocus)
    violations.push({ kind: 'focusNotStored', live: focused, stored: storedFocus });
  return violations;
}
