import { statement, type Db } from './db.js';

/** One decided visit of the past, as the demo history writes it. */
export type PastCase = {
  sessionId: string;
  boothId: string;
  deskId: string;
  claimId: string;
  claimType: string;
  reason: string;
  reference: string;
  checkedInAt: string;
  servedAt: string;
  closedAt: string;
  /** Each decision in order; the last one is the case's outcome. */
  decisions: {
    id: string;
    decision: string;
    reason: string | null;
    amount: number | null;
    officerId: string;
    at: string;
  }[];
};

export type PastDesk = { id: string; officerId: string; slots: number; openedAt: string; closedAt: string };

/** SQL that writes past desks and decided cases directly (demo data: no live desk is involved). */
export class HistoryRepository {
  constructor(private readonly db: Db) {}

  insertDesk(d: PastDesk): void {
    statement(
      this.db,
      'INSERT INTO desks (id, officer_id, slots, opened_at, closed_at, focused_session_id) VALUES (?, ?, ?, ?, ?, NULL)',
    ).run(d.id, d.officerId, d.slots, d.openedAt, d.closedAt);
  }

  insertCase(c: PastCase): void {
    statement(
      this.db,
      `INSERT INTO sessions (id, booth_id, state, consent_at, queued_at, created_at, closed_at, first_served_at)
       VALUES (?, ?, 'closed', ?, ?, ?, ?, ?)`,
    ).run(c.sessionId, c.boothId, c.checkedInAt, c.checkedInAt, c.checkedInAt, c.closedAt, c.servedAt);
    const last = c.decisions.at(-1);
    statement(
      this.db,
      'INSERT INTO claim_cases (id, session_id, claim_type, reason, reference, amount, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(
      c.claimId,
      c.sessionId,
      c.claimType,
      c.reason,
      c.reference,
      last?.decision === 'approved' ? last.amount : null,
      c.checkedInAt,
    );
    for (const d of c.decisions)
      statement(
        this.db,
        `INSERT INTO decisions (id, session_id, claim_case_id, decision, reason, missing, amount, desk_id, officer_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        d.id,
        c.sessionId,
        c.claimId,
        d.decision,
        d.reason,
        d.decision === 'pending' ? '["npwp"]' : '[]',
        d.amount,
        c.deskId,
        d.officerId,
        d.at,
      );
  }
}
