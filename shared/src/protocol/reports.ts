import { z } from 'zod';
import { CLAIM_TYPES } from '../domain/claims.js';
import { Id } from './common.js';

// The branch report: decided claims over a period, per programme, per CSO and per desk size.
// A case counts once, by its latest decision, in the period that decision falls in.

const ClaimType = z.enum(CLAIM_TYPES);

export const ReportCounts = z.object({
  cases: z.number().int().nonnegative(),
  approved: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  escalated: z.number().int().nonnegative(),
  /** Rupiah of the approvals, as each CSO stated it in the decision. */
  approvedAmount: z.number().int().nonnegative(),
  /** From the CSO first taking the booth to the decision; null when no case has both times. */
  avgHandlingSeconds: z.number().nonnegative().nullable(),
});
export type ReportCounts = z.infer<typeof ReportCounts>;

export const DeskMode = z.enum(['oneToOne', 'oneToMany']);
export type DeskMode = z.infer<typeof DeskMode>;

export const ReportRequest = z
  .object({ from: z.iso.date(), to: z.iso.date(), claimType: ClaimType.nullable().default(null) })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'the period ends before it starts', path: ['to'] });
export type ReportRequest = z.infer<typeof ReportRequest>;

export const BranchReport = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  claimType: ClaimType.nullable(),
  totals: ReportCounts,
  /** Always the four programmes, in order, zero where nothing was decided. */
  programmes: z.array(ReportCounts.extend({ claimType: ClaimType })),
  rejections: z.array(
    z.object({ claimType: ClaimType, reason: z.string(), count: z.number().int().positive() }),
  ),
  officers: z.array(ReportCounts.extend({ officerId: Id, displayName: z.string(), staffId: z.string() })),
  deskModes: z.array(ReportCounts.extend({ mode: DeskMode })),
});
export type BranchReport = z.infer<typeof BranchReport>;
