import { z } from 'zod';
import { Id } from './common.js';

// Whether a participant is still at their booth, and calls for help until someone answers them.
// Kept apart from booth.ts/officer.ts: they are one feature, with their own acks, and the two
// namespaces register them next to their own events.

export const PresenceEvents = {
  /** Booth → server: the participant did not answer "Masih di sana?" (false), or is back (true). */
  setPresence: 'booth:presence',
  /** CSO → server: ends the session of an absent booth at this desk (its place is given up). */
  endSession: 'desk:endSession',
  /** CSO → server: "I have seen this call for help"; clears it on every desk. */
  acknowledgeHelp: 'desk:ackHelp',
} as const;

export const PresenceSchemas = {
  [PresenceEvents.setPresence]: z.object({ present: z.boolean() }).strict(),
  [PresenceEvents.endSession]: z.object({ sessionId: Id }).strict(),
  [PresenceEvents.acknowledgeHelp]: z.object({ helpCallId: Id }).strict(),
} as const;

/** What each of them acknowledges once the change is committed. */
export const PresenceAcks = {
  [PresenceEvents.setPresence]: z
    .object({ ok: z.literal(true), absentSince: z.iso.datetime().nullable() })
    .strict(),
  [PresenceEvents.endSession]: z.object({ ok: z.literal(true) }).strict(),
  [PresenceEvents.acknowledgeHelp]: z.object({ ok: z.literal(true) }).strict(),
} as const;

/** An unanswered call for help as a desk shows it. */
export const HelpCallView = z.object({
  helpCallId: Id,
  boothName: z.string(),
  /** null when the booth had no session (attract or check-in screen). */
  sessionId: Id.nullable(),
  calledAt: z.iso.datetime(),
  /** The booth sits at this desk; otherwise it is not seated anywhere and every desk is told. */
  seatedHere: z.boolean(),
});
export type HelpCallView = z.infer<typeof HelpCallView>;

/** Pushed to the desks concerned the moment a call is made, so the station can sound it. */
export const HelpCalledPush = z.object({
  helpCallId: Id,
  sessionId: Id.nullable(),
  boothName: z.string(),
});
export type HelpCalledPush = z.infer<typeof HelpCalledPush>;
