import type { Decision, PriorityNeed, SessionState } from '@bilik/shared';
import { statement, type Db } from './db.js';

/** An open session with what the board shows of it, in one row. */
export type BoardSessionRow = {
  id: string;
  booth_id: string;
  booth_name: string;
  state: SessionState;
  participant_name: string | null;
  priority_need: PriorityNeed | null;
  claim_type: string | null;
  decision: Decision | null;
  created_at: string;
  queued_at: string | null;
  waiting_since: string | null;
  desk_id: string | null;
  absent_since: string | null;
};

/**
 * The supervisor's board reads every open session in one query (claim, latest decision, absence
 * and booth name joined in), so a board costs the same few queries however many booths there are.
 */
export class BoardRepository {
  constructor(private readonly db: Db) {}

  openSessions(): BoardSessionRow[] {
    return statement(
      this.db,
      `SELECT s.id, s.booth_id, b.name AS booth_name, s.state, s.participant_name, s.priority_need,
              c.claim_type, s.created_at, s.queued_at, s.waiting_since, s.desk_id,
              (SELECT d.decision FROM decisions d WHERE d.session_id = s.id
                ORDER BY d.created_at DESC, d.rowid DESC LIMIT 1) AS decision,
              p.since AS absent_since
       FROM sessions s
       JOIN booths b ON b.id = s.booth_id
       LEFT JOIN claim_cases c ON c.session_id = s.id
       LEFT JOIN booth_presence p ON p.session_id = s.id AND p.state = 'absent'
       WHERE s.closed_at IS NULL`,
    ).all() as BoardSessionRow[];
  }
}
