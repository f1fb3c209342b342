import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/auditLog.js';
import { statement, type Db } from '../store/db.js';
import { newEnrollmentCode, newToken, tokenHash } from './secrets.js';

export type Booth = { id: string; name: string };
const CODE_HOURS = 24;

/** A booth PC proves it is enrolled with a device token it got once, for a one-time code. */
export class BoothEnrollment {
  constructor(private readonly db: Db) {}

  issueCode(boothName: string, actor: string, now = new Date()): { code: string; boothId: string } {
    const code = newEnrollmentCode();
    const existing = statement(this.db, 'SELECT id FROM booths WHERE name = ?').get(boothName) as
      { id: string } | undefined;
    const boothId = existing?.id ?? randomUUID();
    this.db.transaction(() => {
      if (!existing)
        statement(this.db, 'INSERT INTO booths (id, name) VALUES (?, ?)').run(boothId, boothName);
      statement(
        this.db,
        'INSERT INTO enrollment_codes (code_hash, booth_id, expires_at) VALUES (?, ?, ?)',
      ).run(tokenHash(code), boothId, new Date(now.getTime() + CODE_HOURS * 3_600_000).toISOString());
      appendAudit(this.db, {
        actor,
        action: 'booth.enrollmentCodeIssued',
        subject: boothId,
        details: { boothName },
      });
    })();
    return { code, boothId };
  }

  /** Redeems a code once; re-enrolling a booth replaces (revokes) its previous device token. */
  enroll(code: string, now = new Date()): { deviceToken: string; booth: Booth } | null {
    const normalised = code.trim().toUpperCase();
    return this.db.transaction(() => {
      const row = statement(
        this.db,
        'SELECT c.code_hash, b.id, b.name FROM enrollment_codes c JOIN booths b ON b.id = c.booth_id WHERE c.code_hash = ? AND c.used_at IS NULL AND c.expires_at > ?',
      ).get(tokenHash(normalised), now.toISOString()) as
        { code_hash: string; id: string; name: string } | undefined;
      if (!row) return null;
      const deviceToken = newToken();
      statement(this.db, 'UPDATE enrollment_codes SET used_at = ? WHERE code_hash = ?').run(
        now.toISOString(),
        row.code_hash,
      );
      statement(this.db, 'UPDATE booths SET device_token_hash = ?, enrolled_at = ? WHERE id = ?').run(
        tokenHash(deviceToken),
        now.toISOString(),
        row.id,
      );
      appendAudit(this.db, {
        actor: `booth:${row.id}`,
        action: 'booth.enrolled',
        subject: row.id,
        details: {},
      });
      return { deviceToken, booth: { id: row.id, name: row.name } };
    })();
  }

  byDeviceToken(token: string): Booth | null {
    const row = statement(this.db, 'SELECT id, name FROM booths WHERE device_token_hash = ?').get(
      tokenHash(token),
    ) as Booth | undefined;
    return row ?? null;
  }
}
