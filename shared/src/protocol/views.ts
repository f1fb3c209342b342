import { z } from 'zod';
import type { MembershipRecord } from '../domain/caseFile.js';
import { PARTICIPANT_SEGMENTS, type ClaimSegment } from '../domain/claims.js';
import type { DomainPolicy } from '../domain/policy.js';
import { Decision, Id, MediaSource, PriorityNeed, SessionState } from './common.js';
import { HelpCallView } from './presence.js';

// What screens show, as the server sends it: every view is a schema, its type inferred from it,
// so a reply or push that does not match fails a test rather than a participant's screen.

const IsoDateTime = z.iso.datetime();
const IsoDay = z.iso.date();

export const OfficerOnScreen = z.object({ displayName: z.string(), staffId: z.string() });
export type OfficerOnScreen = z.infer<typeof OfficerOnScreen>;

export const BoothOutcome = z.object({
  decision: Decision,
  reference: z.string(),
  reason: z.string().nullable(),
  missing: z.array(z.string()),
});
export type BoothOutcome = z.infer<typeof BoothOutcome>;

export const OfficerRequestKind = z.enum([
  'showDocument',
  'holdCloser',
  'turnOver',
  'lookAtCamera',
  'captureDocument',
]);
export type OfficerRequestKind = z.infer<typeof OfficerRequestKind>;

export const BoothRequest = z.object({
  kind: OfficerRequestKind,
  documentKind: z.string().nullable(),
  at: IsoDateTime,
});
export type BoothRequest = z.infer<typeof BoothRequest>;

/**
 * What the consent screen states (UU PDP art. 21), from the branch server's settings: retention
 * comes from the same setting the retention job uses; the DPO's contact is the branch's to set.
 */
export const PrivacyNotice = z.object({
  /** The branch office named on the screen, e.g. "Kantor Cabang Jakarta Salemba"; null: "this branch office". */
  office: z.string().nullable(),
  retentionDays: z.number().int().positive(),
  /** null until the branch sets it: the screen then points to the service counter. */
  dpoContact: z.string().nullable(),
});
export type PrivacyNotice = z.infer<typeof PrivacyNotice>;

export const ClaimSegmentSchema = z.object({
  foreigner: z.boolean().optional(),
  nonWage: z.boolean().optional(),
  migrantWorker: z.boolean().optional(),
  npwpRequired: z.boolean().optional(),
  minorHeirs: z.boolean().optional(),
  roadAccident: z.boolean().optional(),
}) satisfies z.ZodType<ClaimSegment>;

/**
 * Counts the branch's changes: a view carries the revision it was built at, so a client that
 * gets two views out of order (a reply overtaken by a push) keeps the newer.
 */
export const Revision = z.number().int().nonnegative();

/** Everything the booth screen shows about its session; pushed on every change. */
export const BoothSessionView = z.object({
  revision: Revision,
  sessionId: Id,
  state: SessionState,
  participantName: z.string().nullable(),
  claimType: z.string().nullable(),
  reason: z.string().nullable(),
  priorityNeed: PriorityNeed.nullable(),
  /** Consent to video and document capture was given for this session. */
  consentGiven: z.boolean(),
  queuePosition: z.number().int().positive().nullable(),
  etaMinutes: z.number().nonnegative().nullable(),
  officer: OfficerOnScreen.nullable(),
  /** true while the CSO's audio floor is with this booth. */
  focused: z.boolean(),
  captures: z.array(z.object({ documentKind: z.string(), captureId: Id })),
  /** Desk whose router carries this booth's media; media is set up again when it or the epoch changes. */
  deskId: Id.nullable(),
  mediaEpoch: z.number().int().nonnegative(),
  outcome: BoothOutcome.nullable(),
  /** What the branch's membership data says about the participant's documents (unknown flags stay out). */
  documentSegment: ClaimSegmentSchema,
  privacy: PrivacyNotice,
  /** The participant did not answer "Masih di sana?": their place is kept and the CSO is told. */
  absent: z.boolean(),
  /** For a pending claim: the date (YYYY-MM-DD) the branch asks the documents to be brought by. */
  pendingBringBy: IsoDay.nullable(),
});
export type BoothSessionView = z.infer<typeof BoothSessionView>;

export const MembershipRecordSchema = z.object({
  jhtBalance: z.number().nullable(),
  npwp: z.string().nullable(),
  accountHolder: z.string().nullable(),
  heirName: z.string().nullable(),
  segment: z.enum(PARTICIPANT_SEGMENTS).nullable(),
  foreigner: z.boolean().nullable(),
  membershipStart: IsoDay.nullable(),
  workEndDate: IsoDay.nullable(),
  partialClaimDate: IsoDay.nullable(),
  partialClaimAmount: z.number().nullable(),
  deathDate: IsoDay.nullable(),
  pensionAge: z.number().nullable(),
  jpContributionMonths: z.number().nullable(),
}) satisfies z.ZodType<MembershipRecord>;

export const DomainPolicySchema = z.object({
  jhtPensionAge: z.number().int().positive(),
  noNpwpSurchargePercent: z.number().nonnegative(),
}) satisfies z.ZodType<DomainPolicy>;

export const SlotSession = z.object({
  sessionId: Id,
  boothId: Id,
  boothName: z.string(),
  participantName: z.string().nullable(),
  nik: z.string().nullable(),
  kpj: z.string().nullable(),
  birthDate: IsoDay.nullable(),
  sex: z.enum(['F', 'M']).nullable(),
  claimType: z.string().nullable(),
  reason: z.string().nullable(),
  priorityNeed: z.string().nullable(),
  state: SessionState,
  /** ISO time of check-in: how long the participant has been in the branch's hands. */
  checkedInAt: IsoDateTime,
  /** ISO time since when the booth waits for the CSO's attention (null while focused). */
  waitingSince: IsoDateTime.nullable(),
  /** Since when the participant has not answered "Masih di sana?"; null while present. */
  absentSince: IsoDateTime.nullable(),
  lastAttentionAt: IsoDateTime.nullable(),
  networkScore: z.number().nullable(),
  speaking: z.boolean(),
  /** The booth's unanswered call for help, if any. */
  helpCallId: Id.nullable(),
  /** The booth's connection to the server is lost; its slot is kept for a grace period. */
  reconnecting: z.boolean(),
  captures: z.array(
    z.object({ captureId: Id, documentKind: z.string(), sha256: z.string(), at: IsoDateTime }),
  ),
  verdicts: z.array(
    z.object({
      documentKind: z.string(),
      verdict: z.enum(['verified', 'rejected']),
      reason: z.string().nullable(),
    }),
  ),
  notes: z.array(z.string()),
  /** From the branch copy of membership data (participants table); null for an unknown NIK/KPJ pair. */
  membership: MembershipRecordSchema.nullable(),
  /** The latest decision on this session's claim, so a reloaded station still shows it. */
  decision: BoothOutcome.nullable(),
});
export const SlotView = z.object({ slot: z.number().int().nonnegative(), session: SlotSession.nullable() });
export type SlotView = z.infer<typeof SlotView>;

export const DeskView = z.object({
  revision: Revision,
  deskId: Id,
  officer: OfficerOnScreen,
  slots: z.array(SlotView),
  focusedSessionId: Id.nullable(),
  queueLength: z.number().int().nonnegative(),
  /** Unanswered calls for help from booths at this desk or not seated anywhere. */
  helpCalls: z.array(HelpCallView),
  /** Bumped when the desk's router is rebuilt (worker restart): the station sets up media again. */
  mediaEpoch: z.number().int().nonnegative(),
  /** The branch's domain settings, so the station's pre-checks are the ones approval is judged on. */
  policy: DomainPolicySchema,
});
export type DeskView = z.infer<typeof DeskView>;

/** A queued booth's new place in line: all that changes for it when the queue moves. */
export const QueuePlace = z.object({
  revision: Revision,
  sessionId: Id,
  queuePosition: z.number().int().positive(),
  etaMinutes: z.number().nonnegative().nullable(),
});
export type QueuePlace = z.infer<typeof QueuePlace>;

/** Fast-changing signals of the booths at a desk, apart from the desk's view. */
export const BoothSignal = z.object({
  sessionId: Id,
  speaking: z.boolean(),
  networkScore: z.number().nullable(),
  reconnecting: z.boolean(),
});
export type BoothSignal = z.infer<typeof BoothSignal>;
export const DeskSignals = z.object({ deskId: Id, signals: z.array(BoothSignal) });
export type DeskSignals = z.infer<typeof DeskSignals>;

export const DeskSummary = z.object({
  deskId: Id,
  officerName: z.string(),
  slots: z.number().int().positive(),
  occupied: z.number().int().nonnegative(),
});
export type DeskSummary = z.infer<typeof DeskSummary>;

// mediasoup's own objects travel as they are; mediasoup-client validates them on the other side.
export const ProducerAvailable = z.object({
  producerId: Id,
  kind: z.enum(['audio', 'video']),
  source: MediaSource,
  sessionId: Id.nullable(),
});
export type ProducerAvailable = z.infer<typeof ProducerAvailable>;

export const TransportOptions = z.object({
  id: Id,
  iceParameters: z.unknown(),
  iceCandidates: z.array(z.unknown()),
  dtlsParameters: z.unknown(),
});
export type TransportOptions = z.infer<typeof TransportOptions>;

export const ConsumerOptions = z.object({
  id: Id,
  producerId: Id,
  kind: z.enum(['audio', 'video']),
  rtpParameters: z.unknown(),
  source: MediaSource,
  /** Whose media this is: the booth's session id, or null for the CSO's. */
  sessionId: Id.nullable(),
  paused: z.boolean(),
});
export type ConsumerOptions = z.infer<typeof ConsumerOptions>;
