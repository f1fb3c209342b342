// The decision form's rules, mirroring the server's desk:decide schema so the CSO learns what is
// missing before confirming rather than from a refused request.

import type { Decision } from '@bilik/shared';

export type DecisionDraft = { decision: Decision; reason: string; missing: readonly string[] };
export type DecidePayload = { decision: Decision; reason: string | null; missing: string[] };
export type DraftProblem = 'decision.problem.reasonRequired' | 'decision.problem.missingRequired';

export function validateDecision(
  draft: DecisionDraft,
): { ok: true; payload: DecidePayload } | { ok: false; problem: DraftProblem } {
  const reason = draft.reason.trim();
  if (draft.decision === 'rejected' && reason === '')
    return { ok: false, problem: 'decision.problem.reasonRequired' };
  if (draft.decision === 'pending' && draft.missing.length === 0) {
    return { ok: false, problem: 'decision.problem.missingRequired' };
  }
  return {
    ok: true,
    payload: {
      decision: draft.decision,
      reason: reason === '' ? null : reason,
      // Only a pending claim waits for documents; the other outcomes carry none.
      missing: draft.decision === 'pending' ? [...new Set(draft.missing)] : [],
    },
  };
}
