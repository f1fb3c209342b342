import { z } from 'zod';
import { Id } from './common.js';
import type { EventSpec } from './contract.js';

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

/** The requests and what each acknowledges once the change is committed. */
export const presenceEvents = {
  [PresenceEvents.setPresence]: {
    request: z.object({ present: z.boolean() }).strict(),
    response: z.object({ absentSince: z.iso.datetime().nullable() }).strict(),
  },
  [PresenceEvents.endSession]: {
    request: z.object({ sessionId: Id }).strict(),
    response: z.object({}).strict(),
  },
  [PresenceEvents.acknowledgeHelp]: {
    request: z.object({ helpCallId: Id }).strict(),
    response: z.object({}).strict(),
  },
} satisfies Record<string, EventSpec>;

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
