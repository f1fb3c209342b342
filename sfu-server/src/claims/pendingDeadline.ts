/**
 * The date a pending claim's documents are asked for. It is this branch's working rule, not a
 * regulation (the booth says so), hence a setting: BILIK_PENDING_DAYS, default 30 days after
 * the decision.
 */
export function pendingDaysFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.BILIK_PENDING_DAYS ?? 30);
  return Number.isInteger(days) && days > 0 ? days : 30;
}

/** YYYY-MM-DD, `days` calendar days after the decision, in the branch's time zone (WIB, UTC+7). */
export function bringByDate(decidedAt: string, days: number): string {
  const WIB_OFFSET_MS = 7 * 3600_000;
  const local = new Date(Date.parse(decidedAt) + WIB_OFFSET_MS + days * 86_400_000);
  return local.toISOString().slice(0, 10);
}
