import { randomUUID } from 'node:crypto';
import type { BoothOutcome, Decision } from '@bilik/shared';
import { appendAudit } from '../audit/auditLog.js';
import type { Officer } from '../auth/officerAccounts.js';
import type { BranchEvents } from '../branchEvents.js';
import type { Desk } from '../desks/desk.js';
import { ServiceError } from '../errors.js';
import type { Db } from '../store/db.js';
import type { SessionRepository } from '../store/sessions.js';

/**
 * What a CSO does with the booths at their desk: document verdicts, notes and the decision.
 * Each is written with its audit row in one transaction before it is acknowledged.
 */
export class CaseReview {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionRepository,
    private readonly events: BranchEvents,
  ) {}

  verifyDocument(
    desk: Desk,
    officer: Officer,
    v: { sessionId: string; documentKind: string; verdict: 'verified' | 'rejected'; reason: string | null },
    now = new Date(),
  ): void {
    this.assertAtDesk(desk, v.sessionId);
    this.db.transaction(() => {
      this.sessions.upsertVerdict(
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
      this.sessions.insertNote(sessionId, officer.id, text, now.toISOString());
      appendAudit(this.db, {
        actor: `officer:${officer.id}`,
        action: 'note.added',
        subject: sessionId,
        details: { length: text.length },
      });
    })();
    this.events.emit('deskChanged', desk.id);
  }

  /** The decision and its audit row commit together before the CSO's ack and the booth's outcome. */
  decide(
    desk: Desk,
    officer: Officer,
    d: { sessionId: string; decision: Decision; reason: string | null; missing: string[] },
    now = new Date(),
  ): BoothOutcome {
    this.assertAtDesk(desk, d.sessionId);
    const claim = this.sessions.claim(d.sessionId);
    if (!claim) throw new ServiceError('CONFLICT', 'the participant has not chosen a claim');
    const at = now.toISOString();
    this.db.transaction(() => {
      this.sessions.insertDecision({
        id: randomUUID(),
        session_id: d.sessionId,
        claim_case_id: claim.id,
        decision: d.decision,
        reason: d.reason,
        missing: d.missing,
        officer_id: officer.id,
        created_at: at,
      });
      this.sessions.update(d.sessionId, { state: 'decided' });
      if (d.decision === 'approved')
        this.sessions.enqueuePayment(
          claim.id,
          { reference: claim.reference, claimType: claim.claim_type, reason: claim.reason },
          at,
        );
      appendAudit(this.db, {
        actor: `officer:${officer.id}`,
        action: 'claim.decided',
        subject: d.sessionId,
        details: { ...d, reference: claim.reference },
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

  assertAtDesk(desk: Desk, sessionId: string): void {
    if (!desk.seats(sessionId)) throw new ServiceError('FORBIDDEN', 'that booth is not at your desk');
  }
}
