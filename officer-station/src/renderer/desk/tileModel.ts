// What one grid tile shows, decided from the server's SlotView alone, so the colours and labels
// a CSO relies on to spot a neglected booth are unit-tested rather than buried in JSX.

import type { NetworkQuality, SessionState, SlotView } from '@bilik/shared';

export type SlaThresholds = { amberSeconds: number; redSeconds: number };
/** How urgently a waiting booth needs the CSO: none (not waiting), ok, amber or red. */
export type WaitLevel = 'none' | 'ok' | 'amber' | 'red';

export type TileModel = {
  /** 0-based slot index, as in SlotView. */
  slot: number;
  /** The key that focuses this slot ('1'…'6'). */
  shortcut: string;
  session: {
    sessionId: string;
    boothName: string;
    participantName: string | null;
    claimType: string | null;
    reason: string | null;
    priorityNeed: string | null;
    state: SessionState;
    focused: boolean;
    /** Another booth (or nobody) holds the floor while this one is in service: it cannot hear the CSO. */
    held: boolean;
    waitSeconds: number | null;
    waitText: string | null;
    waitLevel: WaitLevel;
    quality: NetworkQuality;
    /** The booth's connection is lost; the server keeps its slot for a grace period. */
    reconnecting: boolean;
    /** A held booth that talks or pressed "help" wants attention; the focused one already has it. */
    wantsAttention: 'help' | 'speaking' | null;
  } | null;
};

// A decided booth is only waiting to leave; the SLA is about booths still to be served.
const SLA_STATES: ReadonlySet<SessionState> = new Set(['waiting', 'onHold']);
const SERVED_STATES: ReadonlySet<SessionState> = new Set(['waiting', 'onHold', 'inConversation', 'deciding']);

/** mediasoup producer score 0–10, the worst of the simulcast layers. */
export function networkQuality(score: number | null): NetworkQuality {
  if (score === null || !Number.isFinite(score)) return 'unknown';
  if (score >= 7) return 'good';
  if (score >= 4) return 'fair';
  return 'poor';
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

export function tileModel(
  view: SlotView,
  context: { now: number; sla: SlaThresholds; focusedSessionId: string | null },
): TileModel {
  const shortcut = String(view.slot + 1);
  const s = view.session;
  if (!s) return { slot: view.slot, shortcut, session: null };
  const focused = context.focusedSessionId === s.sessionId;
  const waiting = SLA_STATES.has(s.state) ? secondsSince(s.waitingSince, context.now) : null;
  const wantsAttention = focused ? null : s.helpCalled ? 'help' : s.speaking ? 'speaking' : null;
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
      state: s.state,
      focused,
      held: !focused && SERVED_STATES.has(s.state),
      waitSeconds: waiting,
      waitText: waiting === null ? null : formatWait(waiting),
      waitLevel: waiting === null ? 'none' : waitLevel(waiting, context.sla),
      quality: networkQuality(s.networkScore),
      reconnecting: s.reconnecting,
      wantsAttention,
    },
  };
}
