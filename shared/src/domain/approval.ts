// The approval gate: approving a claim is refused while any pre-check fails, any warning has not
// been confirmed by the CSO with a reason, or any required document lacks a 'verified' verdict.
// The server enforces it (sfu-server claims/caseReview.ts); the officer station shows the same
// list so the CSO sees why Approve is blocked before pressing it.

import type { PreCheck, PreCheckId } from './checkResult.js';
import type { DocumentKind } from './claims.js';
import type { RequiredDocument } from './documents.js';

/** The CSO's confirmation of a warning, stored with the decision and in the audit log. */
export interface Overrule {
  check: PreCheckId;
  reason: string;
}

// A reason someone else can read later: "ok" or "." says nothing about what was checked.
export const MIN_OVERRULE_REASON_LENGTH = 5;

export type ApprovalBlocker =
  | { kind: 'noIdentity' }
  | { kind: 'failedCheck'; check: PreCheckId }
  | { kind: 'unconfirmedWarning'; check: PreCheckId }
  | { kind: 'unverifiedDocument'; document: DocumentKind };

export interface ApprovalInput {
  /** null when the participant's identity is not known (casePreChecks). */
  checks: readonly PreCheck[] | null;
  overrules: readonly Overrule[];
  documents: readonly RequiredDocument[];
  verdicts: readonly { documentKind: string; verdict: 'verified' | 'rejected' }[];
}

export function approvalBlockers({
  checks,
  overrules,
  documents,
  verdicts,
}: ApprovalInput): ApprovalBlocker[] {
  if (checks === null) return [{ kind: 'noIdentity' }];
  const confirmed = new Set(overrulesFor(checks, overrules).map((o) => o.check));
  const blockers: ApprovalBlocker[] = [];
  for (const c of checks) {
    if (c.status === 'fail') blockers.push({ kind: 'failedCheck', check: c.id });
    else if (c.status === 'warn' && !confirmed.has(c.id))
      blockers.push({ kind: 'unconfirmedWarning', check: c.id });
  }
  const verified = new Set(verdicts.filter((v) => v.verdict === 'verified').map((v) => v.documentKind));
  for (const d of documents) {
    if (d.required && !verified.has(d.kind)) blockers.push({ kind: 'unverifiedDocument', document: d.kind });
  }
  return blockers;
}

/**
 * The overrules that confirm a current warning, with their reasons trimmed: a reason too short to
 * say anything, or an overrule of a check that passed or failed, confirms nothing.
 */
export function overrulesFor(checks: readonly PreCheck[], overrules: readonly Overrule[]): Overrule[] {
  const warnings = new Set(checks.filter((c) => c.status === 'warn').map((c) => c.id));
  const seen = new Set<PreCheckId>();
  const out: Overrule[] = [];
  for (const o of overrules) {
    const reason = o.reason.trim();
    if (!warnings.has(o.check) || seen.has(o.check) || reason.length < MIN_OVERRULE_REASON_LENGTH) continue;
    seen.add(o.check);
    out.push({ check: o.check, reason });
  }
  return out;
}

/** One line per blocker, for logs and the refused request's message (the UI translates its own). */
export function describeBlockers(blockers: readonly ApprovalBlocker[]): string {
  return blockers
    .map((b) =>
      b.kind === 'noIdentity'
        ? 'participant identity unknown'
        : b.kind === 'failedCheck'
          ? `check ${b.check} failed`
          : b.kind === 'unconfirmedWarning'
            ? `warning ${b.check} not confirmed with a reason`
            : `document ${b.document} not verified`,
    )
    .join('; ');
}
