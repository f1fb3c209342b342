import { createHash } from 'node:crypto';
import { AuditRepository, type AuditRow } from '../store/auditRows.js';
import type { Db } from '../store/db.js';

export type AuditEntry = {
  actor: string;
  action: string;
  subject: string | null;
  details: Record<string, unknown>;
};

const GENESIS = '0'.repeat(64);

function rowHash(r: Omit<AuditRow, 'hash'>): string {
  // The id is part of the hash so rows cannot be reordered or renumbered unnoticed.
  const canonical = JSON.stringify([r.id, r.at, r.actor, r.action, r.subject, r.details, r.prev_hash]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends one row chained to the previous one. Call it inside the same transaction as the state
 * change it records, so the two commit (or fail) together, before any ack is sent.
 */
export function appendAudit(db: Db, entry: AuditEntry, now = new Date()): number {
  const rows = new AuditRepository(db);
  const last = rows.last();
  const row = {
    id: (last?.id ?? 0) + 1,
    at: now.toISOString(),
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    details: JSON.stringify(entry.details),
    prev_hash: last?.hash ?? GENESIS,
  };
  rows.insert({ ...row, hash: rowHash(row) });
  return row.id;
}

/** Walks the whole chain; reports the first row whose content, link or numbering was changed. */
export function verifyAuditChain(db: Db): { ok: boolean; rows: number; firstBadRowId: number | null } {
  let prev = GENESIS;
  let expectedId = 1;
  let rows = 0;
  for (const r of new AuditRepository(db).all()) {
    rows++;
    if (r.id !== expectedId || r.prev_hash !== prev || rowHash(r) !== r.hash) {
      return { ok: false, rows, firstBadRowId: r.id };
    }
    prev = r.hash;
    expectedId++;
  }
  return { ok: true, rows, firstBadRowId: null };
}
