// What one grid tile shows, decided from the server's SlotView alone, so the colours and labels
// a CSO relies on to spot a neglected booth are unit-tested rather than buried in JSX.

import type { NetworkQuality, SlotView } from '@bilik/shared';

export type SlaThresholds = { amberSeconds: number; redSeconds: number };
/** How urgently a waiting booth needs the CSO: none (not waiting), ok, amber or red. */
export type WaitLevel = 'none' | 'ok' | 'amber' | 'red';

/** What the participant is doing, as a CSO would say it (the session state is the server's word). */
export type Activity = 'selfService' | 'waiting' | 'served' | 'onHold' | 'decided' | 'absent';

type Session = NonNullable<SlotView['session']>;

export type TileModel = {
  /** 0-based slot index, as in SlotView. */
  slot: number;
  /** The key that focuses this tile ('1'…'6'): its place in the grid, first tile first. */
  shortcut: string;
  session: {
    sessionId: string;
    boothName: string;
    participantName: string | null;
    claimType: string | null;
    reason: string | null;
    priorityNeed: string | null;
    activity: Activity;
    focused: boolean;
    /** What the timer counts: since check-in while never served, since the last turn while on hold. */
    waitKind: 'sinceCheckIn' | 'sinceLastTurn' | null;
    waitSeconds: number | null;
    waitText: string | null;
    waitLevel: WaitLevel;
    quality: NetworkQuality;
    /** The booth's connection is lost; the server keeps its slot for a grace period. */
    reconnecting: boolean;
    /** A booth that calls for help or talks while not focused wants attention. */
    wantsAttention: 'help' | 'speaking' | null;
    helpCallId: string | null;
    captureCount: number;
  } | null;
};

/** What activityOf reads: a desk's SlotView session, or a booth on the supervisor's board. */
type ActivityFacts = Pick<Session, 'state' | 'absentSince'> & { decision: unknown };

export function activityOf(s: ActivityFacts, focused: boolean): Activity {
  if (s.decision !== null || s.state === 'decided') return 'decided';
  if (s.absentSince !== null) return 'absent';
  if (focused || s.state === 'inConversation' || s.state === 'deciding') return 'served';
  if (s.state === 'onHold') return 'onHold';
  if (s.state === 'waiting') return 'waiting';
  return 'selfService';
}

/** When the wait an activity is measured by started; null for those not waiting for the CSO. */
export function waitStart(
  s: Pick<Session, 'waitingSince' | 'checkedInAt'>,
  activity: Activity,
): { kind: 'sinceCheckIn' | 'sinceLastTurn'; at: string } | null {
  if (activity === 'onHold') return s.waitingSince ? { kind: 'sinceLastTurn', at: s.waitingSince } : null;
  if (activity === 'waiting' || activity === 'selfService' || activity === 'absent')
    return { kind: 'sinceCheckIn', at: s.checkedInAt };
  return null;
}

export function waitLevel(seconds: number, sla: SlaThresholds): Exclude<WaitLevel, 'none'> {
  if (seconds >= sla.redSeconds) return 'red';
  if (seconds >= sla.amberSeconds) return 'amber';
  return 'ok';
}

/** `m:ss` below an hour, `h:mm:ss` above: a queue timer, not a clock. */
export function formatWait(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export function secondsSince(iso: string | null, now: number): number | null {
  if (iso === null) return null;
  const at = Date.parse(iso);
  // A clock a little ahead of ours must not show a negative wait.
  return Number.isNaN(at) ? null : Math.max(0, Math.floor((now - at) / 1000));
}

/**
 * The grid's order: seated booths by name (so "Bilik 2" sits before "Bilik 10"), then the free
 * slots. The number key of a tile is its place in this order, so key 1 is the first tile.
 */
export function orderSlots(slots: readonly SlotView[]): SlotView[] {
  const byName = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });
  return [...slots].sort((a, b) => {
    if (!a.session || !b.session) return Number(!a.session) - Number(!b.session) || a.slot - b.slot;
    return byName.compare(a.session.boothName, b.session.boothName) || a.slot - b.slot;
  });
}

export function tileModel(
  view: SlotView,
  position: number,
  context: {
    now: number;
    sla: SlaThresholds;
    focusedSessionId: string | null;
    quality: ReadonlyMap<string, NetworkQuality>;
  },
): TileModel {
  const shortcut = String(position + 1);
  const s = view.session;
  if (!s) return { slot: view.slot, shortcut, session: null };
  const focused = context.focusedSessionId === s.sessionId;
  const activity = activityOf(s, focused);
  const start = waitStart(s, activity);
  const waiting = start ? secondsSince(start.at, context.now) : null;
  const wantsAttention = s.helpCallId ? 'help' : !focused && s.speaking ? 'speaking' : null;
  return {
    slot: view.slot,
    shortcut,
    session: {
      sessionId: s.sessionId,
      boothName: s.boothName,
      participantName: s.participantName,
      claimType: s.claimType,
      reason: s.reason,
      priorityNeed: s.priorityNeed,
      activity,
      focused,
      waitKind: start?.kind ?? null,
      waitSeconds: waiting,
      waitText: waiting === null ? null : formatWait(waiting),
      waitLevel: waiting === null ? 'none' : waitLevel(waiting, context.sla),
      quality: context.quality.get(s.sessionId) ?? 'unknown',
      reconnecting: s.reconnecting,
      wantsAttention,
      helpCallId: s.helpCallId,
      captureCount: new Set(s.captures.map((c) => c.documentKind)).size,
    },
  };
}
