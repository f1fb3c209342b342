// Why Approve is blocked, worked out on the station with the same shared rules the server's gate
// uses (approvalBlockers), so the CSO sees the reasons before pressing it; and what the decision
// sends so the server can judge it on the same facts: the confirmed facts and the overrules.

import {
  approvalBlockers,
  caseDocuments,
  membershipFacts,
  type ApprovalBlocker,
  type CaseFacts,
  type DomainPolicy,
  type Overrule,
  type SlotView,
} from '@bilik/shared';
import {
  factsFromDraft,
  identityOf,
  overrulesFromDraft,
  participantChecks,
  type FactsDraft,
} from '../verify/participantChecks.js';

type Session = NonNullable<SlotView['session']>;

export type ApprovalReview = { facts: CaseFacts; overrules: Overrule[]; blockers: ApprovalBlocker[] };

export function approvalReview(session: Session, draft: FactsDraft, policy: DomainPolicy): ApprovalReview {
  const facts = factsFromDraft(draft);
  const checks = participantChecks(session, facts, policy);
  const overrules = overrulesFromDraft(draft, checks);
  const blockers = approvalBlockers({
    checks,
    overrules,
    documents: caseDocuments(identityOf(session), membershipFacts(session.membership), facts),
    verdicts: session.verdicts,
  });
  return { facts, overrules, blockers };
}
