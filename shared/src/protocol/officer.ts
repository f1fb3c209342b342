import { z } from 'zod';
import { MIN_OVERRULE_REASON_LENGTH } from '../domain/approval.js';
import type { MembershipRecord } from '../domain/caseFile.js';
import { PRECHECK_IDS } from '../domain/checkResult.js';
import type { DomainPolicy } from '../domain/policy.js';
import { Decision, Id, SessionState } from './common.js';
import { CaptureMimeType, CaptureBytes, OfficerRequestKind } from './booth.js';
import type { HelpCallView } from './presence.js';

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

export const OfficerSchemas = {
  [OfficerEvents.openDesk]: z.object({ slots: DeskSize }).strict(),
  [OfficerEvents.closeDesk]: z.object({}).strict(),
  /** sessionId null releases the floor: every booth held. */
  [OfficerEvents.focus]: z.object({ sessionId: Id.nullable() }).strict(),
  [OfficerEvents.request]: z
    .object({ sessionId: Id, kind: OfficerRequestKind, documentKind: z.string().max(40).nullable() })
    .strict(),
  [OfficerEvents.verifyDocument]: z
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
  [OfficerEvents.note]: z.object({ sessionId: Id, text: z.string().min(1).max(2000) }).strict(),
  [OfficerEvents.decide]: z
    .object({
      sessionId: Id,
      decision: Decision,
      reason: z.string().max(1000).nullable(),
      missing: z.array(z.string().min(1).max(40)).max(30),
      facts: CaseFactsSchema.default({}),
      overrules: z.array(OverruleSchema).max(PRECHECK_IDS.length).default([]),
    })
    .strict()
    .refine((v) => v.decision !== 'rejected' || (v.reason?.trim().length ?? 0) > 0, {
      message: 'a rejection needs a reason',
      path: ['reason'],
    })
    .refine((v) => v.decision !== 'pending' || v.missing.length > 0, {
      message: 'a pending decision lists what is missing',
      path: ['missing'],
    }),
  [OfficerEvents.handOff]: z.object({ sessionId: Id, toDeskId: Id }).strict(),
  [OfficerEvents.listDesks]: z.object({}).strict(),
  [OfficerEvents.getCapture]: z.object({ captureId: Id }).strict(),
  /** "Capture now": a still the CSO grabs from the booth's document camera. */
  [OfficerEvents.uploadCapture]: z
    .object({
      sessionId: Id,
      documentKind: z.string().min(1).max(40),
      mimeType: CaptureMimeType,
      data: CaptureBytes,
    })
    .strict(),
} as const;

export const OfficerPush = {
  desk: 'desk:state',
  helpCalled: 'desk:helpCalled',
} as const;

export type NetworkQuality = 'good' | 'fair' | 'poor' | 'unknown';

export type SlotView = {
  slot: number;
  session: {
    sessionId: string;
    boothId: string;
    boothName: string;
    participantName: string | null;
    nik: string | null;
    kpj: string | null;
    birthDate: string | null;
    sex: 'F' | 'M' | null;
    claimType: string | null;
    reason: string | null;
    priorityNeed: string | null;
    state: SessionState;
    /** ISO time of check-in: how long the participant has been in the branch's hands. */
    checkedInAt: string;
    /** ISO time since when the booth waits for the CSO's attention (null while focused). */
    waitingSince: string | null;
    /** Since when the participant has not answered "Masih di sana?"; null while present. */
    absentSince: string | null;
    lastAttentionAt: string | null;
    networkScore: number | null;
    speaking: boolean;
    /** The booth's unanswered call for help, if any. */
    helpCallId: string | null;
    /** The booth's connection to the server is lost; its slot is kept for a grace period. */
    reconnecting: boolean;
    captures: { captureId: string; documentKind: string; sha256: string; at: string }[];
    verdicts: { documentKind: string; verdict: 'verified' | 'rejected'; reason: string | null }[];
    notes: string[];
    /** From the branch copy of membership data (participants table); null for an unknown NIK/KPJ pair. */
    membership: MembershipRecord | null;
    /** The latest decision on this session's claim, so a reloaded station still shows it. */
    decision: { decision: Decision; reference: string; reason: string | null; missing: string[] } | null;
  } | null;
};

export type DeskView = {
  deskId: string;
  officer: { displayName: string; staffId: string };
  slots: SlotView[];
  focusedSessionId: string | null;
  queueLength: number;
  /** Unanswered calls for help from booths at this desk or not seated anywhere. */
  helpCalls: HelpCallView[];
  /** Bumped when the desk's router is rebuilt (worker restart): the station sets up media again. */
  mediaEpoch: number;
  /** The branch's domain settings, so the station's pre-checks are the ones approval is judged on. */
  policy: DomainPolicy;
};

export type DeskSummary = { deskId: string; officerName: string; slots: number; occupied: number };
