import { z } from 'zod';
import { Role } from './common.js';

export const AdminEvents = {
  issueEnrollmentCode: 'admin:issueEnrollmentCode',
  createOfficer: 'admin:createOfficer',
  verifyAudit: 'admin:verifyAudit',
  claimReport: 'admin:claimReport',
} as const;

export const AdminSchemas = {
  [AdminEvents.issueEnrollmentCode]: z.object({ boothName: z.string().min(1).max(60) }).strict(),
  [AdminEvents.createOfficer]: z
    .object({
      username: z.string().regex(/^[a-z0-9._-]{3,32}$/),
      displayName: z.string().min(1).max(80),
      staffId: z.string().min(1).max(32),
      password: z.string().min(10).max(200),
      role: Role,
    })
    .strict(),
  [AdminEvents.verifyAudit]: z.object({}).strict(),
  [AdminEvents.claimReport]: z.object({ from: z.iso.date(), to: z.iso.date() }).strict(),
} as const;

export type AuditVerification = { ok: boolean; rows: number; firstBadRowId: number | null };
