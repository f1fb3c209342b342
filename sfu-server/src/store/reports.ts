import type { BranchReport, ClaimType, DeskMode, ReportCounts, TodayCounters } from '@bilik/shared';
import { statement, type Db } from './db.js';

/** A report's period as instants: local midnight of `from` up to local midnight after `to`. */
export type ReportPeriod = { fromIso: string; toIso: string; claimType: ClaimType | null };

/** The branch's own days (the server's time zone), not UTC days: 06:30 in Jakarta is still today. */
export function localDayBounds(from: string, to: string): { fromIso: string; toIso: string } {
  const start = new Date(`${from}T00:00:00`);
  const end = new Date(`${to}T00:00:00`);
  end.setDate(end.getDate() + 1);
  return { fromIso: start.toISOString(), toIso: end.toISOString() };
}

// Each case once, by its latest decision, when that decision falls in the period: a case approved
// after being pending counts as approved, in the month it was approved.
const LATEST = `
  WITH latest AS (
    SELECT d.decision, d.reason, d.amount, d.officer_id, d.created_at, c.claim_type, s.first_served_at,
           CASE WHEN k.slots = 1 THEN 'oneToOne' WHEN k.slots > 1 THEN 'oneToMany' END AS mode
    FROM decisions d
    JOIN claim_cases c ON c.id = d.claim_case_id
    JOIN sessions s ON s.id = d.session_id
    LEFT JOIN desks k ON k.id = d.desk_id
    WHERE d.created_at >= @fromIso AND d.created_at < @toIso
      AND (@claimType IS NULL OR c.claim_type = @claimType)
      AND d.rowid = (SELECT MAX(x.rowid) FROM decisions x WHERE x.claim_case_id = d.claim_case_id)
  )`;
const COUNTS = `COUNT(*) AS cases,
    SUM(decision = 'approved') AS approved, SUM(decision = 'pending') AS pending,
    SUM(decision = 'rejected') AS rejected, SUM(decision = 'escalated') AS escalated,
    COALESCE(SUM(CASE WHEN decision = 'approved' THEN amount END), 0) AS approvedAmount,
    AVG(CASE WHEN first_served_at IS NOT NULL
        THEN (julianday(created_at) - julianday(first_served_at)) * 86400 END) AS avgHandlingSeconds`;

type CountsRow = ReportCounts;
const ZERO: ReportCounts = {
  cases: 0,
  approved: 0,
  pending: 0,
  rejected: 0,
  escalated: 0,
  approvedAmount: 0,
  avgHandlingSeconds: null,
};
/** SQLite's SUM over no rows is NULL; a count of nothing is 0. */
const counts = (r: Partial<CountsRow> | undefined): ReportCounts => ({
  cases: r?.cases ?? 0,
  approved: r?.approved ?? 0,
  pending: r?.pending ?? 0,
  rejected: r?.rejected ?? 0,
  escalated: r?.escalated ?? 0,
  approvedAmount: r?.approvedAmount ?? 0,
  avgHandlingSeconds: r?.avgHandlingSeconds ?? null,
});

const CLAIM_TYPES: readonly ClaimType[] = ['JHT', 'JKK', 'JKM', 'JP'];

/** The branch report over a period: a few grouped queries over the same latest-decision set. */
export function branchReport(db: Db, from: string, to: string, claimType: ClaimType | null): BranchReport {
  const p: ReportPeriod = { ...localDayBounds(from, to), claimType };
  const totals = statement(db, `${LATEST} SELECT ${COUNTS} FROM latest`).get(p) as CountsRow;
  const byType = new Map(
    (
      statement(
        db,
        `${LATEST} SELECT claim_type AS claimType, ${COUNTS} FROM latest GROUP BY claim_type`,
      ).all(p) as (CountsRow & { claimType: ClaimType })[]
    ).map((r) => [r.claimType, r]),
  );
  const officers = statement(
    db,
    `${LATEST} SELECT l.officer_id AS officerId, o.display_name AS displayName, o.staff_id AS staffId, ${COUNTS}
     FROM latest l JOIN officers o ON o.id = l.officer_id GROUP BY l.officer_id ORDER BY o.display_name`,
  ).all(p) as (CountsRow & { officerId: string; displayName: string; staffId: string })[];
  const modes = statement(
    db,
    `${LATEST} SELECT mode, ${COUNTS} FROM latest WHERE mode IS NOT NULL GROUP BY mode ORDER BY mode DESC`,
  ).all(p) as (CountsRow & { mode: DeskMode })[];
  const rejections = statement(
    db,
    `${LATEST} SELECT claim_type AS claimType, TRIM(reason) AS reason, COUNT(*) AS count FROM latest
     WHERE decision = 'rejected' GROUP BY claim_type, TRIM(reason) ORDER BY count DESC, claimType, reason`,
  ).all(p) as { claimType: ClaimType; reason: string | null; count: number }[];
  return {
    from,
    to,
    claimType,
    totals: counts(totals),
    programmes: (claimType ? [claimType] : CLAIM_TYPES).map((t) => ({
      claimType: t,
      ...counts(byType.get(t) ?? ZERO),
    })),
    rejections: rejections.map((r) => ({ ...r, reason: r.reason ?? '' })),
    officers: officers.map((o) => ({
      officerId: o.officerId,
      displayName: o.displayName,
      staffId: o.staffId,
      ...counts(o),
    })),
    deskModes: modes.map((m) => ({ mode: m.mode, ...counts(m) })),
  };
}

/** The board's counters for one day: today's decisions, and who was served today after how long a wait. */
export function todayCounters(db: Db, day: string): TodayCounters {
  const p: ReportPeriod = { ...localDayBounds(day, day), claimType: null };
  const decided = counts(statement(db, `${LATEST} SELECT ${COUNTS} FROM latest`).get(p) as CountsRow);
  const served = statement(
    db,
    `SELECT COUNT(*) AS served, MAX((julianday(first_served_at) - julianday(created_at)) * 86400) AS longest
     FROM sessions WHERE first_served_at >= @fromIso AND first_served_at < @toIso`,
  ).get(p) as { served: number; longest: number | null };
  return {
    served: served.served,
    approved: decided.approved,
    pending: decided.pending,
    rejected: decided.rejected,
    escalated: decided.escalated,
    avgHandlingSeconds: decided.avgHandlingSeconds,
    longestWaitSeconds: served.longest,
  };
}
