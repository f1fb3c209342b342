import { z } from 'zod';
import { MIN_OVERRULE_REASON_LENGTH } from '../domain/approval.js';
import { PRECHECK_IDS } from '../domain/checkResult.js';
import { Decision, Id } from './common.js';
import { contract } from './contract.js';
import { CaptureBytes, CaptureData, CaptureMimeType } from './booth.js';
import { mediaContract } from './media.js';
import { HelpCalledPush, PresenceEvents, presenceEvents } from './presence.js';
import { BoothOutcome, DeskSignals, DeskSummary, DeskView, OfficerRequestKind } from './views.js';

export const MAX_DESK_SLOTS = 6;
export const DeskSize = z.union([z.literal(1), z.literal(4), z.literal(5), z.literal(6)]);

export const OfficerEvents = {
  openDesk: 'desk:open',
  closeDesk: 'desk:close',
  focus: 'desk:focus',
  request: 'desk:request',
  verifyDocument: 'desk:verifyDocument',
  note: 'desk:note',
  decide: 'desk:decide',
  handOff: 'desk:handOff',
  listDesks: 'desk:list',
  getCapture: 'desk:getCapture',
  uploadCapture: 'desk:uploadCapture',
} as const;

export const OfficerPush = {
  desk: 'desk:state',
  helpCalled: 'desk:helpCalled',
  /** Speaking, network score, reconnecting: small and frequent, apart from the desk view. */
  signals: 'desk:signals',
} as const;

/** The facts the CSO confirmed during the call; the server judges approval on them and stores them. */
export const CaseFactsSchema = z
  .object({
    jhtBalance: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
    npwp: z.string().max(32).optional(),
    accountHolder: z.string().max(120).optional(),
    heirName: z.string().max(120).optional(),
  })
  .strict();

/** A pre-check warning the CSO confirms, with the reason (stored with the decision and audited). */
export const OverruleSchema = z
  .object({ check: z.enum(PRECHECK_IDS), reason: z.string().trim().min(MIN_OVERRULE_REASON_LENGTH).max(500) })
  .strict();

export const DecideRequest = z
  .object({
    sessionId: Id,
    decision: Decision,
    reason: z.string().max(1000).nullable(),
    missing: z.array(z.string().min(1).max(40)).max(30),
    facts: CaseFactsSchema.default({}),
    overrules: z.array(OverruleSchema).max(PRECHECK_IDS.length).default([]),
    /** Rupiah to pay, entered or confirmed by the CSO (prefilled from the JHT balance); approvals only. */
    amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable().default(null),
  })
  .strict()
  .refine((v) => v.decision !== 'approved' || v.amount !== null, {
    message: 'an approval states the amount to pay',
    path: ['amount'],
  })
  .refine((v) => v.decision !== 'rejected' || (v.reason?.trim().length ?? 0) > 0, {
    message: 'a rejection needs a reason',
    path: ['reason'],
  })
  .refine((v) => v.decision !== 'pending' || v.missing.length > 0, {
    message: 'a pending decision lists what is missing',
    path: ['missing'],
  });
export type DecideRequest = z.infer<typeof DecideRequest>;

export type NetworkQuality = 'good' | 'fair' | 'poor' | 'unknown';

const Empty = z.object({}).strict();

/** The /officer namespace: CSOs (and supervisors) running a desk. */
export const officerContract = contract({
  events: {
    [OfficerEvents.openDesk]: {
      request: z.object({ slots: DeskSize }).strict(),
      response: z.object({ desk: DeskView }),
    },
    [OfficerEvents.closeDesk]: { request: Empty, response: Empty },
    /**
     * sessionId null releases the floor: every booth held. The reply shows the desk as this
     * request left it (a later one may already have moved the floor again).
     */
    [OfficerEvents.focus]: {
      request: z.object({ sessionId: Id.nullable() }).strict(),
      response: z.object({ desk: DeskView, serverMs: z.number() }),
    },
    [OfficerEvents.request]: {
      request: z
        .object({ sessionId: Id, kind: OfficerRequestKind, documentKind: z.string().max(40).nullable() })
        .strict(),
      response: Empty,
    },
    [OfficerEvents.verifyDocument]: {
      request: z
        .object({
          sessionId: Id,
          documentKind: z.string().min(1).max(40),
          verdict: z.enum(['verified', 'rejected']),
          reason: z.string().max(500).nullable(),
        })
        .strict()
        .refine((v) => v.verdict === 'verified' || (v.reason?.trim().length ?? 0) > 0, {
          message: 'a rejected document needs a reason',
          path: ['reason'],
        }),
      response: Empty,
    },
    [OfficerEvents.note]: {
      request: z.object({ sessionId: Id, text: z.string().min(1).max(2000) }).strict(),
      response: Empty,
    },
    [OfficerEvents.decide]: { request: DecideRequest, response: z.object({ outcome: BoothOutcome }) },
    [OfficerEvents.handOff]: { request: z.object({ sessionId: Id, toDeskId: Id }).strict(), response: Empty },
    [OfficerEvents.listDesks]: { request: Empty, response: z.object({ desks: z.array(DeskSummary) }) },
    [OfficerEvents.getCapture]: {
      request: z.object({ captureId: Id }).strict(),
      response: z.object({ mimeType: CaptureMimeType, data: CaptureData }),
    },
    /** "Capture now": a still the CSO grabs from the booth's document camera. */
    [OfficerEvents.uploadCapture]: {
      request: z
        .object({
          sessionId: Id,
          documentKind: z.string().min(1).max(40),
          mimeType: CaptureMimeType,
          data: CaptureBytes,
        })
        .strict(),
      response: z.object({ captureId: Id }),
      binary: true,
    },
    [PresenceEvents.endSession]: presenceEvents[PresenceEvents.endSession],
    [PresenceEvents.acknowledgeHelp]: presenceEvents[PresenceEvents.acknowledgeHelp],
    ...mediaContract.events,
  },
  pushes: {
    [OfficerPush.desk]: DeskView.nullable(),
    [OfficerPush.helpCalled]: HelpCalledPush,
    [OfficerPush.signals]: DeskSignals,
    ...mediaContract.pushes,
  },
});
export type OfficerContract = typeof officerContract;
