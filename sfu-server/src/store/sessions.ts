import type { CaseFacts, MembershipRecord, Overrule, SessionState } from '@bilik/shared';
import { statement, type Db } from './db.js';
import { membershipRecord } from './membership.js';

export type SessionRow = {
  id: string;
  booth_id: string;
  state: SessionState;
  nik: string | null;
  kpj: string | null;
  participant_name: string | null;
  birth_date: string | null;
  sex: 'F' | 'M' | null;
  booking_code: string | null;
  consent_at: string | null;
  priority_need: string | null;
  desk_id: string | null;
  slot: number | null;
  queued_at: string | null;
  waiting_since: string | null;
  last_attention_at: string | null;
  created_at: string;
  closed_at: string | null;
};
export type ClaimRow = {
  id: string;
  session_id: string;
  claim_type: string;
  reason: string;
  reference: string;
  amount: number | null;
  created_at: string;
};
export type CaptureRow = {
  id: string;
  session_id: string;
  document_kind: string;
  mime_type: string;
  sha256: string;
  bytes: number;
  file_name: string;
  captured_by: string;
  created_at: string;
};
export type VerdictRow = { document_kind: string; verdict: 'verified' | 'rejected'; reason: string | null };
export type DeskRow = {
  id: string;
  officer_id: string;
  slots: number;
  opened_at: string;
  closed_at: string | null;
  focused_session_id: string | null;
};

/** SQL for sessions and everything hanging off them; callers own the transactions. */
export class SessionRepository {
  constructor(private readonly db: Db) {}

  insert(
    row: Pick<
      SessionRow,
      | 'id'
      | 'booth_id'
      | 'state'
      | 'nik'
      | 'kpj'
      | 'participant_name'
      | 'birth_date'
      | 'sex'
      | 'booking_code'
      | 'created_at'
    >,
  ): void {
    statement(
      this.db,
      'INSERT INTO sessions (id, booth_id, state, nik, kpj, participant_name, birth_date, sex, booking_code, created_at) VALUES (@id, @booth_id, @state, @nik, @kpj, @participant_name, @birth_date, @sex, @booking_code, @created_at)',
    ).run(row);
  }

  get(id: string): SessionRow | undefined {
    return statement(this.db, 'SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
  }

  openForBooth(boothId: string): SessionRow | undefined {
    return statement(
      this.db,
      'SELECT * FROM sessions WHERE booth_id = ? AND closed_at IS NULL ORDER BY created_at DESC LIMIT 1',
    ).get(boothId) as SessionRow | undefined;
  }

  open(): SessionRow[] {
    return statement(this.db, 'SELECT * FROM sessions WHERE closed_at IS NULL').all() as SessionRow[];
  }

  /** Booths that chose a claim and wait for a desk slot. */
  queued(): SessionRow[] {
    return statement(
      this.db,
      'SELECT * FROM sessions WHERE closed_at IS NULL AND queued_at IS NOT NULL AND desk_id IS NULL',
    ).all() as SessionRow[];
  }

  atDesk(deskId: string): SessionRow[] {
    return statement(
      this.db,
      'SELECT * FROM sessions WHERE desk_id = ? AND closed_at IS NULL ORDER BY slot',
    ).all(deskId) as SessionRow[];
  }

  update(id: string, fields: Partial<Omit<SessionRow, 'id'>>): void {
    const keys = Object.keys(fields);
    if (keys.length === 0) return;
    statement(
      this.db,
      `UPDATE sessions SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`,
    ).run({ ...fields, id });
  }

  insertClaim(row: ClaimRow): void {
    statement(
      this.db,
      'INSERT INTO claim_cases (id, session_id, claim_type, reason, reference, amount, created_at) VALUES (@id, @session_id, @claim_type, @reason, @reference, @amount, @created_at)',
    ).run(row);
  }

  /** What the branch copy of membership data knows about this NIK + KPJ (nothing for an unknown pair). */
  membership(nik: string, kpj: string): MembershipRecord | undefined {
    return membershipRecord(this.db, nik, kpj);
  }

  claim(sessionId: string): ClaimRow | undefined {
    return statement(this.db, 'SELECT * FROM claim_cases WHERE session_id = ?').get(sessionId) as
      ClaimRow | undefined;
  }

  insertCapture(row: CaptureRow): void {
    statement(
      this.db,
      'INSERT INTO captures (id, session_id, document_kind, mime_type, sha256, bytes, file_name, captured_by, created_at) VALUES (@id, @session_id, @document_kind, @mime_type, @sha256, @bytes, @file_name, @captured_by, @created_at)',
    ).run(row);
  }

  captures(sessionId: string): CaptureRow[] {
    return statement(this.db, 'SELECT * FROM captures WHERE session_id = ? ORDER BY created_at').all(
      sessionId,
    ) as CaptureRow[];
  }

  capture(id: string): CaptureRow | undefined {
    return statement(this.db, 'SELECT * FROM captures WHERE id = ?').get(id) as CaptureRow | undefined;
  }

  upsertVerdict(
    sessionId: string,
    documentKind: string,
    verdict: 'verified' | 'rejected',
    reason: string | null,
    officerId: string,
    at: string,
  ): void {
    statement(
      this.db,
      'INSERT INTO document_verdicts VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, document_kind) DO UPDATE SET verdict = excluded.verdict, reason = excluded.reason, officer_id = excluded.officer_id, created_at = excluded.created_at',
    ).run(sessionId, documentKind, verdict, reason, officerId, at);
  }

  verdicts(sessionId: string): VerdictRow[] {
    return statement(
      this.db,
      'SELECT document_kind, verdict, reason FROM document_verdicts WHERE session_id = ?',
    ).all(sessionId) as VerdictRow[];
  }

  insertNote(sessionId: string, officerId: string, text: string, at: string): void {
    statement(
      this.db,
      'INSERT INTO notes (session_id, officer_id, text, created_at) VALUES (?, ?, ?, ?)',
    ).run(sessionId, officerId, text, at);
  }

  notes(sessionId: string): string[] {
    return (
      statement(this.db, 'SELECT text FROM notes WHERE session_id = ? ORDER BY id').all(sessionId) as {
        text: string;
      }[]
    ).map((r) => r.text);
  }

  insertDecision(row: {
    id: string;
    session_id: string;
    claim_case_id: string | null;
    decision: string;
    reason: string | null;
    missing: string[];
    overrules: Overrule[];
    facts: CaseFacts;
    officer_id: string;
    created_at: string;
  }): void {
    statement(
      this.db,
      'INSERT INTO decisions (id, session_id, claim_case_id, decision, reason, missing, overrules, facts, officer_id, created_at) VALUES (@id, @session_id, @claim_case_id, @decision, @reason, @missing, @overrules, @facts, @officer_id, @created_at)',
    ).run({
      ...row,
      missing: JSON.stringify(row.missing),
      overrules: JSON.stringify(row.overrules),
      facts: JSON.stringify(row.facts),
    });
  }

  latestDecision(
    sessionId: string,
  ): { decision: string; reason: string | null; missing: string[]; decidedAt: string } | undefined {
    const r = statement(
      this.db,
      'SELECT decision, reason, missing, created_at FROM decisions WHERE session_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
    ).get(sessionId) as
      { decision: string; reason: string | null; missing: string; created_at: string } | undefined;
    return (
      r && {
        decision: r.decision,
        reason: r.reason,
        missing: JSON.parse(r.missing) as string[],
        decidedAt: r.created_at,
      }
    );
  }

  enqueuePayment(claimCaseId: string, payload: object, at: string): void {
    statement(
      this.db,
      'INSERT INTO payment_outbox (claim_case_id, payload, created_at) VALUES (?, ?, ?)',
    ).run(claimCaseId, JSON.stringify(payload), at);
  }

  // Desks live here too: a desk is only the container of sessions.
  insertDesk(row: DeskRow): void {
    statement(
      this.db,
      'INSERT INTO desks (id, officer_id, slots, opened_at, closed_at, focused_session_id) VALUES (@id, @officer_id, @slots, @opened_at, @closed_at, @focused_session_id)',
    ).run(row);
  }

  deskRow(id: string): DeskRow | undefined {
    return statement(this.db, 'SELECT * FROM desks WHERE id = ?').get(id) as DeskRow | undefined;
  }

  openDesks(): DeskRow[] {
    return statement(
      this.db,
      'SELECT * FROM desks WHERE closed_at IS NULL ORDER BY opened_at',
    ).all() as DeskRow[];
  }

  updateDesk(id: string, fields: Partial<Pick<DeskRow, 'closed_at' | 'focused_session_id'>>): void {
    const keys = Object.keys(fields);
    statement(this.db, `UPDATE desks SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({
      ...fields,
      id,
    });
  }
}
