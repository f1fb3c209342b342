import { z } from 'zod';
import type { ClaimSegment } from '../domain/claims.js';
import { Decision, Id, PriorityNeed, SessionState } from './common.js';

export const ClaimTypeSchema = z.enum(['JHT', 'JKK', 'JKM', 'JP']);

export const BoothEvents = {
  checkIn: 'booth:checkIn',
  consent: 'booth:consent',
  chooseClaim: 'booth:chooseClaim',
  uploadCapture: 'booth:uploadCapture',
  callHelp: 'booth:callHelp',
  finish: 'booth:finish',
  getState: 'booth:getState',
} as const;

/** A capture travels as binary; 8 MiB covers a 300 dpi A4 JPEG with room to spare. */
export const MAX_CAPTURE_BYTES = 8 * 1024 * 1024;
export const CaptureBytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_CAPTURE_BYTES, {
    message: `capture must be 1 byte to ${MAX_CAPTURE_BYTES} bytes`,
  });
export const CaptureMimeType = z.enum(['image/jpeg', 'image/png', 'image/webp']);

export const BoothSchemas = {
  [BoothEvents.checkIn]: z.discriminatedUnion('method', [
    z.object({ method: z.literal('nikKpj'), nik: z.string().max(32), kpj: z.string().max(32) }).strict(),
    z.object({ method: z.literal('booking'), bookingCode: z.string().min(4).max(64) }).strict(),
  ]),
  [BoothEvents.consent]: z.object({ accepted: z.boolean() }).strict(),
  [BoothEvents.chooseClaim]: z
    .object({
      claimType: ClaimTypeSchema,
      reason: z.string().min(1).max(40),
      priorityNeed: PriorityNeed.nullable(),
    })
    .strict(),
  [BoothEvents.uploadCapture]: z
    .object({ documentKind: z.string().min(1).max(40), mimeType: CaptureMimeType, data: CaptureBytes })
    .strict(),
  [BoothEvents.callHelp]: z.object({}).strict(),
  [BoothEvents.finish]: z.object({}).strict(),
  /** The booth's current session view (also pushed on every change and on connect). */
  [BoothEvents.getState]: z.object({}).strict(),
} as const;

export const BoothPush = {
  state: 'booth:state',
  request: 'booth:request',
  outcome: 'booth:outcome',
} as const;

export type OfficerOnScreen = { displayName: string; staffId: string };

/** Everything the booth screen shows about its session; pushed on every change. */
export type BoothSessionView = {
  sessionId: string;
  state: SessionState;
  participantName: string | null;
  claimType: string | null;
  reason: string | null;
  priorityNeed: z.infer<typeof PriorityNeed> | null;
  /** Consent to video and document capture was given for this session. */
  consentGiven: boolean;
  queuePosition: number | null;
  etaMinutes: number | null;
  officer: OfficerOnScreen | null;
  /** true while the CSO's audio floor is with this booth. */
  focused: boolean;
  captures: { documentKind: string; captureId: string }[];
  /** Desk whose router carries this booth's media; media is set up again when it or the epoch changes. */
  deskId: string | null;
  mediaEpoch: number;
  outcome: BoothOutcome | null;
  /** What the branch's membership data says about the participant's documents (unknown flags stay out). */
  documentSegment: ClaimSegment;
  privacy: PrivacyNotice;
  /** The participant did not answer "Masih di sana?": their place is kept and the CSO is told. */
  absent: boolean;
  /** For a pending claim: the date (YYYY-MM-DD) the branch asks the documents to be brought by. */
  pendingBringBy: string | null;
};

/**
 * What the consent screen states (UU PDP art. 21), from the branch server's settings: retention
 * comes from the same setting the retention job uses; the DPO's contact is the branch's to set.
 */
export type PrivacyNotice = {
  /** The branch office named on the screen, e.g. "Kantor Cabang Jakarta Salemba"; null: "this branch office". */
  office: string | null;
  retentionDays: number;
  /** null until the branch sets it: the screen then points to the service counter. */
  dpoContact: string | null;
};

export const OfficerRequestKind = z.enum([
  'showDocument',
  'holdCloser',
  'turnOver',
  'lookAtCamera',
  'captureDocument',
]);
export type OfficerRequestKind = z.infer<typeof OfficerRequestKind>;
export type BoothRequest = { kind: OfficerRequestKind; documentKind: string | null; at: string };

export type BoothOutcome = {
  decision: Decision;
  reference: string;
  reason: string | null;
  missing: string[];
};

export const SessionIdPayload = z.object({ sessionId: Id }).strict();
