import { statement, type Db } from './db.js';

export type PresenceState = 'present' | 'absent';
export type HelpCallRow = {
  id: string;
  booth_id: string;
  session_id: string | null;
  state: 'open' | 'acknowledged';
  called_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
};

/** SQL for booth presence and calls for help; callers own the transactions. */
export class PresenceRepository {
  constructor(private readonly db: Db) {}

  setPresence(sessionId: string, state: PresenceState, since: string): void {
    statement(
      this.db,
      'INSERT INTO booth_presence (session_id, state, since) VALUES (?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET state = excluded.state, since = excluded.since',
    ).run(sessionId, state, since);
  }

  /** Since when the session's participant is absent, or null while present. */
  absentSince(sessionId: string): string | null {
    const row = statement(
      this.db,
      "SELECT since FROM booth_presence WHERE session_id = ? AND state = 'absent'",
    ).get(sessionId) as { since: string } | undefined;
    return row?.since ?? null;
  }

  /** Open sessions whose participant is absent, longest first. */
  absentOpenSessions(): { sessionId: string; since: string }[] {
    return statement(
      this.db,
      "SELECT p.session_id AS sessionId, p.since FROM booth_presence p JOIN sessions s ON s.id = p.session_id WHERE p.state = 'absent' AND s.closed_at IS NULL ORDER BY p.since",
    ).all() as { sessionId: string; since: string }[];
  }

  insertHelpCall(row: Pick<HelpCallRow, 'id' | 'booth_id' | 'session_id' | 'called_at'>): void {
    statement(
      this.db,
      "INSERT INTO help_calls (id, booth_id, session_id, state, called_at) VALUES (@id, @booth_id, @session_id, 'open', @called_at)",
    ).run(row);
  }

  helpCall(id: string): HelpCallRow | undefined {
    return statement(this.db, 'SELECT * FROM help_calls WHERE id = ?').get(id) as HelpCallRow | undefined;
  }

  openHelpCalls(): HelpCallRow[] {
    return statement(
      this.db,
      "SELECT * FROM help_calls WHERE state = 'open' ORDER BY called_at",
    ).all() as HelpCallRow[];
  }

  /** Marks every open call of the booth answered: one acknowledgement covers repeated presses. */
  acknowledgeHelpCalls(boothId: string, officerId: string, at: string): number {
    return statement(
      this.db,
      "UPDATE help_calls SET state = 'acknowledged', acknowledged_at = ?, acknowledged_by = ? WHERE booth_id = ? AND state = 'open'",
    ).run(at, officerId, boothId).changes;
  }
}
