import { z } from 'zod';
import { Decision, Id, PriorityNeed, SessionState } from './common.js';
import { OfficerOnScreen } from './views.js';

// The supervisor's live board: every open desk, the queue, calls for help and today's counters,
// pushed on the /admin namespace whenever the branch changes. It carries the raw facts (states,
// times); the console derives what each booth is doing with the desk tiles' own rules.

const IsoDateTime = z.iso.datetime();

export const BoardBooth = z.object({
  sessionId: Id,
  boothName: z.string(),
  participantName: z.string().nullable(),
  claimType: z.string().nullable(),
  priorityNeed: PriorityNeed.nullable(),
  state: SessionState,
  /** The latest decision on the session's claim, once there is one. */
  decision: Decision.nullable(),
  checkedInAt: IsoDateTime,
  waitingSince: IsoDateTime.nullable(),
  absentSince: IsoDateTime.nullable(),
  reconnecting: z.boolean(),
  helpCallId: Id.nullable(),
});
export type BoardBooth = z.infer<typeof BoardBooth>;

export const BoardDesk = z.object({
  deskId: Id,
  officer: OfficerOnScreen,
  openedAt: IsoDateTime,
  focusedSessionId: Id.nullable(),
  slots: z.array(z.object({ slot: z.number().int().nonnegative(), booth: BoardBooth.nullable() })),
});
export type BoardDesk = z.infer<typeof BoardDesk>;

export const BoardQueueEntry = z.object({
  sessionId: Id,
  boothName: z.string(),
  participantName: z.string().nullable(),
  claimType: z.string().nullable(),
  priorityNeed: PriorityNeed.nullable(),
  checkedInAt: IsoDateTime,
  queuedAt: IsoDateTime,
  /** 1-based, priority first, as the booth's own screen shows it. */
  position: z.number().int().positive(),
  etaMinutes: z.number().nonnegative().nullable(),
  absent: z.boolean(),
  /** The booth has a live connection; an offline booth keeps its place but is not seated. */
  online: z.boolean(),
});
export type BoardQueueEntry = z.infer<typeof BoardQueueEntry>;

export const BoardHelpCall = z.object({
  helpCallId: Id,
  boothName: z.string(),
  sessionId: Id.nullable(),
  calledAt: IsoDateTime,
  /** The desk the booth sits at, or null when it sits at none. */
  deskId: Id.nullable(),
});
export type BoardHelpCall = z.infer<typeof BoardHelpCall>;

export const TodayCounters = z.object({
  /** Participants a CSO started serving today. */
  served: z.number().int().nonnegative(),
  approved: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  escalated: z.number().int().nonnegative(),
  /** From the CSO first taking the booth to the decision, over today's decisions. */
  avgHandlingSeconds: z.number().nonnegative().nullable(),
  /** The longest wait from check-in to being served, among those served today. */
  longestWaitSeconds: z.number().nonnegative().nullable(),
});
export type TodayCounters = z.infer<typeof TodayCounters>;

export const BoardView = z.object({
  at: IsoDateTime,
  desks: z.array(BoardDesk),
  queue: z.array(BoardQueueEntry),
  helpCalls: z.array(BoardHelpCall),
  today: TodayCounters,
});
export type BoardView = z.infer<typeof BoardView>;
