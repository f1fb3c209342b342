import { randomUUID } from 'node:crypto';
import {
  approvalBlockers,
  caseDocuments,
  casePreChecks,
  describeBlockers,
  isValidClaim,
  localIsoDate,
  membershipFacts,
  overrulesFor,
  type BoothOutcome,
  type CaseFacts,
  type Decision,
  type DomainPolicy,
  type Overrule,
} from '@bilik/shared';
import { appendAudit } from '../audit/auditLog.js';
import type { Officer } from '../auth/officerAccounts.js';
import type { BranchEvents } from '../branchEvents.js';
import type { Desk } from '../desks/desk.js';
import { ServiceError } from '../errors.js';
import type { Db } from '../store/db.js';
import type { Store } from '../store/store.js';

type DecideRequest = {
  sessionId: string;
  decision: Decision;
  reason: string | null;
  missing: string[];
  facts: CaseFacts;
  overrules: Overrule[];
  amount: number | null;
};

/**
 * What a CSO does with the booths at their desk: document verdicts, notes and the decision.
 * Each is written with its audit row in one transaction before it is acknowledged.
 */
export class CaseReview {
  constructor(
    private readonly db: Db,
    private readonly store: Store,
    private readonly events: BranchEvents,
    private readonly policy: DomainPolicy,
  ) {}

  verifyDocument(
    desk: Desk,
    officer: Officer,
    v: { sessionId: string; documentKind: string; verdict: 'verified' | 'rejected'; reason: string | null },
    now = new Date(),
  ): void {
    this.assertAtDesk(desk, v.sessionId);
    this.db.transaction(() => {
      this.store.cases.upsertVerdict(
        v.sessionId,
        v.documentKind,
        v.verdict,
        v.reason,
        officer.id,
        now.toISOString(),
      );
      appendAudit(this.db, {
        actor: `officer:${officer.id}`,
        action: 'document.verdict',
        subject: v.sessionId,
        details: v,
      });
    })();
    this.events.emit('deskChanged', desk.id);
  }

  note(desk: Desk, officer: Officer, sessionId: string, text: string, now = new Date()): void {
    this.assertAtDesk(desk, sessionId);
    this.db.transaction(() => {
      this.store.cases.insertNote(sessionId, officer.id, text, now.toISOString());
      appendAudit(this.db, {
        actor: `officer:${officer.id}`,
        action: 'note.added',
        subject: sessionId,
        details: { length: text.length },
      });
    })();
    this.events.emit('deskChanged', desk.id);
  }

  /**
   * The decision and its audit row commit together before the CSO's ack and the booth's outcome.
   * Approval is judged here, on the server, by the same pure rules the station shows the CSO.
   */
  decide(desk: Desk, officer: Officer, d: DecideRequest, now = new Date()): BoothOutcome {
    this.assertAtDesk(desk, d.sessionId);
    const claim = this.store.cases.claim(d.sessionId);
    if (!claim) throw new ServiceError('CONFLICT', 'the participant has not chosen a claim');
    const { blockers, overrules } = this.judge(d, claim, now);
    // A claim recorded under a reason this version does not know has no document list to check.
    if (d.decision === 'approved' && !isValidClaim(claim.claim_type, claim.reason))
      throw new ServiceError('APPROVAL_BLOCKED', `unknown claim ${claim.claim_type}/${claim.reason}`);
    if (d.decision === 'approved' && blockers.length > 0)
      throw new ServiceError('APPROVAL_BLOCKED', describeBlockers(blockers));
    const at = now.toISOString();
    // Only an approval pays anything; the schema already made it state an amount.
    const amount = d.decision === 'approved' ? d.amount : null;
    this.db.transaction(() => {
      this.store.cases.insertDecision({
        id: randomUUID(),
        session_id: d.sessionId,
        claim_case_id: claim.id,
        decision: d.decision,
        reason: d.reason,
        missing: d.missing,
        overrules,
        facts: d.facts,
        amount,
        desk_id: desk.id,
        officer_id: officer.id,
        created_at: at,
      });
      this.store.cases.setClaimAmount(claim.id, amount);
      this.store.sessions.update(d.sessionId, { state: 'decided' });
      if (d.decision === 'approved')
        this.store.outbox.enqueuePayment(
          claim.id,
          { reference: claim.reference, claimType: claim.claim_type, reason: claim.reason, amount },
          at,
        );
      appendAudit(this.db, {
        actor: `officer:${officer.id}`,
        action: 'claim.decided',
        subject: d.sessionId,
        details: { ...d, overrules, reference: claim.reference },
      });
    })();
    const outcome: BoothOutcome = {
      decision: d.decision,
      reference: claim.reference,
      reason: d.reason,
      missing: d.missing,
    };
    this.events.emit('outcome', d.sessionId, outcome);
    this.events.emit('sessionChanged', d.sessionId);
    this.events.emit('deskChanged', desk.id);
    return outcome;
  }

  /** The pre-checks and documents of this case as the CSO confirmed its facts, against the gate. */
  private judge(d: DecideRequest, claim: { claim_type: string; reason: string }, now: Date) {
    const s = this.store.sessions.get(d.sessionId);
    const record = s?.nik && s.kpj ? (this.store.participants.membership(s.nik, s.kpj) ?? null) : null;
    const identity = {
      nik: s?.nik ?? null,
      kpj: s?.kpj ?? null,
      birthDate: s?.birth_date ?? null,
      sex: s?.sex ?? null,
      participantName: s?.participant_name ?? null,
      claimType: claim.claim_type,
      reason: claim.reason,
    };
    const membership = membershipFacts(record);
    const checks = casePreChecks(identity, membership, d.facts, this.policy, localIsoDate(now));
    const blockers = approvalBlockers({
      checks,
      overrules: d.overrules,
      documents: caseDocuments(identity, membership, d.facts),
      verdicts: this.store.cases
        .verdicts(d.sessionId)
        .map((v) => ({ documentKind: v.document_kind, verdict: v.verdict })),
    });
    return { blockers, overrules: checks ? overrulesFor(checks, d.overrules) : [] };
  }

  assertAtDesk(desk: Desk, sessionId: string): void {
    if (!desk.seats(sessionId)) throw new ServiceError('FORBIDDEN', 'that booth is not at your desk');
  }
}
