// The decision form's rules, mirroring the server's desk:decide schema so the CSO learns what is
// missing before confirming rather than from a refused request.

import type { Decision } from '@bilik/shared';
import { parseRupiah } from '../verify/participantChecks.js';

export type DecisionDraft = {
  decision: Decision;
  reason: string;
  missing: readonly string[];
  /** The rupiah to pay as the CSO typed or confirmed it; only an approval carries it. */
  amount: string;
};
export type DecidePayload = {
  decision: Decision;
  reason: string | null;
  missing: string[];
  amount: number | null;
};
export type DraftProblem =
  'decision.problem.reasonRequired' | 'decision.problem.missingRequired' | 'decision.problem.amountRequired';

export function validateDecision(
  draft: DecisionDraft,
): { ok: true; payload: DecidePayload } | { ok: false; problem: DraftProblem } {
  const reason = draft.reason.trim();
  if (draft.decision === 'rejected' && reason === '')
    return { ok: false, problem: 'decision.problem.reasonRequired' };
  if (draft.decision === 'pending' && draft.missing.length === 0) {
    return { ok: false, problem: 'decision.problem.missingRequired' };
  }
  const amount = parseRupiah(draft.amount);
  if (draft.decision === 'approved' && (amount === undefined || amount <= 0))
    return { ok: false, problem: 'decision.problem.amountRequired' };
  return {
    ok: true,
    payload: {
      decision: draft.decision,
      reason: reason === '' ? null : reason,
      // Only a pending claim waits for documents; the other outcomes carry none.
      missing: draft.decision === 'pending' ? [...new Set(draft.missing)] : [],
      amount: draft.decision === 'approved' ? (amount ?? null) : null,
    },
  };
}
