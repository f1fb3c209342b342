// What the board shows of each booth, decided from the pushed BoardView with the desk tiles' own
// rules (tileModel.ts), so a supervisor and a CSO call the same booth by the same state and see
// the same SLA colour.

import type { BoardBooth, BoardDesk, BoardQueueEntry, BoardView } from '@bilik/shared';
import {
  activityOf,
  formatWait,
  secondsSince,
  waitLevel,
  waitStart,
  type Activity,
  type SlaThresholds,
  type WaitLevel,
} from '../../renderer/desk/tileModel.js';

export type BoothLine = {
  slot: number;
  booth: BoardBooth;
  activity: Activity;
  focused: boolean;
  waitText: string | null;
  waitLevel: WaitLevel;
};

export type DeskModel = {
  desk: BoardDesk;
  lines: BoothLine[];
  freeSlots: number[];
  /** The booth holding the desk's audio floor, by name. */
  floorBooth: string | null;
};

const byName = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

function wait(at: string | null, now: number, sla: SlaThresholds): { text: string | null; level: WaitLevel } {
  const seconds = secondsSince(at, now);
  return seconds === null
    ? { text: null, level: 'none' }
    : { text: formatWait(seconds), level: waitLevel(seconds, sla) };
}

export function deskModel(desk: BoardDesk, now: number, sla: SlaThresholds): DeskModel {
  const lines: BoothLine[] = [];
  const freeSlots: number[] = [];
  for (const { slot, booth } of desk.slots) {
    if (!booth) {
      freeSlots.push(slot);
      continue;
    }
    const focused = desk.focusedSessionId === booth.sessionId;
    const activity = activityOf(booth, focused);
    const start = waitStart(booth, activity);
    const w = wait(start?.at ?? null, now, sla);
    lines.push({ slot, booth, activity, focused, waitText: w.text, waitLevel: w.level });
  }
  lines.sort((a, b) => byName.compare(a.booth.boothName, b.booth.boothName) || a.slot - b.slot);
  const floor = lines.find((l) => l.focused);
  return { desk, lines, freeSlots, floorBooth: floor?.booth.boothName ?? null };
}

export type QueueLine = BoardQueueEntry & { waitText: string | null; waitLevel: WaitLevel };

/** A queued booth waits since check-in, as a never-served tile counts it. */
export function queueLine(entry: BoardQueueEntry, now: number, sla: SlaThresholds): QueueLine {
  const w = wait(entry.checkedInAt, now, sla);
  return { ...entry, waitText: w.text, waitLevel: w.level };
}

/**
 * Today's longest wait from check-in to being served: the longest among those served today (from
 * the server), or a booth still waiting now if it has already waited longer.
 */
export function longestWaitSeconds(board: BoardView, now: number): number | null {
  const stillWaiting = [
    ...board.queue.map((q) => q.checkedInAt),
    ...board.desks.flatMap((d) =>
      d.slots
        .map((s) => s.booth)
        .filter((b): b is BoardBooth => b !== null && (b.state === 'waiting' || b.state === 'selfService'))
        .map((b) => b.checkedInAt),
    ),
  ].map((at) => secondsSince(at, now) ?? 0);
  const all = [
    ...stillWaiting,
    ...(board.today.longestWaitSeconds === null ? [] : [board.today.longestWaitSeconds]),
  ];
  return all.length ? Math.max(...all) : null;
}
