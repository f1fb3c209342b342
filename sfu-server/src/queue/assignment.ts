// Queue decisions as pure functions: who goes to which desk, and how long the rest will wait.

export type QueuedBooth = { sessionId: string; priority: boolean; queuedAt: string };
export type OpenDesk = { deskId: string; slots: number; occupied: number; openedAt: string };

/** Priority participants first, then first come first served. */
export function queueOrder(queue: readonly QueuedBooth[]): QueuedBooth[] {
  return [...queue].sort(
    (a, b) => Number(b.priority) - Number(a.priority) || a.queuedAt.localeCompare(b.queuedAt),
  );
}

/** Assigns queued booths to the least-loaded open desk with a free slot, as many as fit. */
export function planAssignments(
  queue: readonly QueuedBooth[],
  desks: readonly OpenDesk[],
): { sessionId: string; deskId: string }[] {
  const load = desks.map((d) => ({ ...d }));
  const out: { sessionId: string; deskId: string }[] = [];
  for (const booth of queueOrder(queue)) {
    const candidates = load.filter((d) => d.occupied < d.slots);
    if (candidates.length === 0) break;
    candidates.sort(
      (a, b) =>
        a.occupied / a.slots - b.occupied / b.slots ||
        a.occupied - b.occupied ||
        a.openedAt.localeCompare(b.openedAt),
    );
    const desk = candidates[0]!;
    desk.occupied++;
    out.push({ sessionId: booth.sessionId, deskId: desk.deskId });
  }
  return out;
}

/** Minutes until a booth at 1-based `position` gets a slot, given how many slots serve the queue. */
export function estimateWaitMinutes(
  position: number,
  servingSlots: number,
  averageServiceMinutes: number,
): number | null {
  if (servingSlots <= 0) return null;
  return Math.ceil(position / servingSlots) * averageServiceMinutes;
}
