import type { ClaimReportRow } from '@bilik/shared';
import { statement, type Db } from './db.js';

/** The supervisor's table: decided claims per programme over a date range (latest decision per case). */
export function claimReport(db: Db, from: string, to: string): ClaimReportRow[] {
  return statement(
    db,
    `WITH latest AS (
         SELECT d.claim_case_id, d.decision FROM decisions d
         WHERE d.created_at >= ? AND d.created_at < date(?, '+1 day')
           AND d.rowid = (SELECT MAX(rowid) FROM decisions x WHERE x.claim_case_id = d.claim_case_id)
       )
       SELECT c.claim_type AS claimType,
              SUM(l.decision = 'approved') AS approved, SUM(l.decision = 'pending') AS pending,
              SUM(l.decision = 'rejected') AS rejected, SUM(l.decision = 'escalated') AS escalated,
              COALESCE(SUM(CASE WHEN l.decision = 'approved' THEN c.amount END), 0) AS amount
       FROM latest l JOIN claim_cases c ON c.id = l.claim_case_id
       GROUP BY c.claim_type ORDER BY c.claim_type`,
  ).all(from, to) as ClaimReportRow[];
}
