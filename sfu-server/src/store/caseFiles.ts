import type { CaseFacts, Overrule } from '@bilik/shared';
import { statement, type Db } from './db.js';

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

/**
 * SQL for a session's case file: its claim, the captures of its documents, the CSO's verdicts
 * and notes, and the decisions. Callers own the transactions.
 */
export class CaseFileRepository {
  constructor(private readonly db: Db) {}

  insertClaim(row: ClaimRow): void {
    statement(
      this.db,
      'INSERT INTO claim_cases (id, session_id, claim_type, reason, reference, amount, created_at) VALUES (@id, @session_id, @claim_type, @reason, @reference, @amount, @created_at)',
    ).run(row);
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
    /** Rupiah approved; null for any other decision. */
    amount: number | null;
    desk_id: string | null;
    officer_id: string;
    created_at: string;
  }): void {
    statement(
      this.db,
      'INSERT INTO decisions (id, session_id, claim_case_id, decision, reason, missing, overrules, facts, amount, desk_id, officer_id, created_at) VALUES (@id, @session_id, @claim_case_id, @decision, @reason, @missing, @overrules, @facts, @amount, @desk_id, @officer_id, @created_at)',
    ).run({
      ...row,
      missing: JSON.stringify(row.missing),
      overrules: JSON.stringify(row.overrules),
      facts: JSON.stringify(row.facts),
    });
  }

  /** The amount the claim is paid with: the latest approval's (null again if a later decision is not one). */
  setClaimAmount(claimId: string, amount: number | null): void {
    statement(this.db, 'UPDATE claim_cases SET amount = ? WHERE id = ?').run(amount, claimId);
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
}
