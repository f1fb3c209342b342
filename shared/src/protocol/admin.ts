import { z } from 'zod';
import { Id, Role } from './common.js';
import { contract } from './contract.js';

export const AdminEvents = {
  issueEnrollmentCode: 'admin:issueEnrollmentCode',
  createOfficer: 'admin:createOfficer',
  verifyAudit: 'admin:verifyAudit',
  claimReport: 'admin:claimReport',
} as const;

export const AuditVerification = z.object({
  ok: z.boolean(),
  rows: z.number().int().nonnegative(),
  firstBadRowId: z.number().int().positive().nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

export const ClaimReportRow = z.object({
  claimType: z.string(),
  approved: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  escalated: z.number().int().nonnegative(),
  amount: z.number().nonnegative(),
});
export type ClaimReportRow = z.infer<typeof ClaimReportRow>;

/** The /admin namespace: branch IT (admin) and supervisors. */
export const adminContract = contract({
  events: {
    [AdminEvents.issueEnrollmentCode]: {
      request: z.object({ boothName: z.string().min(1).max(60) }).strict(),
      response: z.object({ code: z.string(), boothId: Id }),
    },
    [AdminEvents.createOfficer]: {
      request: z
        .object({
          username: z.string().regex(/^[a-z0-9._-]{3,32}$/),
          displayName: z.string().min(1).max(80),
          staffId: z.string().min(1).max(32),
          password: z.string().min(10).max(200),
          role: Role,
        })
        .strict(),
      response: z.object({ officerId: Id }),
    },
    [AdminEvents.verifyAudit]: {
      request: z.object({}).strict(),
      response: z.object({ audit: AuditVerification }),
    },
    [AdminEvents.claimReport]: {
      request: z.object({ from: z.iso.date(), to: z.iso.date() }).strict(),
      response: z.object({ rows: z.array(ClaimReportRow) }),
    },
  },
  pushes: {},
});
export type AdminContract = typeof adminContract;
