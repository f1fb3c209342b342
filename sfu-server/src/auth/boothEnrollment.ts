import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/auditLog.js';
import type { BranchEvents } from '../branchEvents.js';
import type { BoothRepository } from '../store/booths.js';
import type { Db } from '../store/db.js';
import { newEnrollmentCode, newToken, tokenHash } from './secrets.js';

export type Booth = { id: string; name: string };
const CODE_HOURS = 24;

/** A booth PC proves it is enrolled with a device token it got once, for a one-time code. */
export class BoothEnrollment {
  constructor(
    private readonly db: Db,
    private readonly booths: BoothRepository,
    private readonly events: BranchEvents,
  ) {}

  /** A code for a new booth, or to enroll an existing one (by name) again, e.g. after a revocation. */
  issueCode(
    boothName: string,
    actor: string,
    now = new Date(),
  ): { code: string; boothId: string; expiresAt: string } {
    const code = newEnrollmentCode();
    const existing = this.booths.byName(boothName);
    const boothId = existing?.id ?? randomUUID();
    const expiresAt = new Date(now.getTime() + CODE_HOURS * 3_600_000).toISOString();
    this.db.transaction(() => {
      if (!existing) this.booths.insert({ id: boothId, name: boothName });
      this.booths.insertCode(tokenHash(code), boothId, expiresAt);
      appendAudit(this.db, {
        actor,
        action: 'booth.enrollmentCodeIssued',
        subject: boothId,
        details: { boothName },
      });
    })();
    this.events.emit('boothsChanged');
    return { code, boothId, expiresAt };
  }

  /** Redeems a code once; re-enrolling a booth replaces (revokes) its previous device token. */
  enroll(code: string, now = new Date()): { deviceToken: string; booth: Booth } | null {
    const normalised = code.trim().toUpperCase();
    const enrolled = this.db.transaction(() => {
      const codeHash = tokenHash(normalised);
      const row = this.booths.byOpenCode(codeHash, now.toISOString());
      if (!row) return null;
      const deviceToken = newToken();
      this.booths.useCode(codeHash, now.toISOString());
      this.booths.setDeviceToken(row.id, tokenHash(deviceToken), now.toISOString());
      appendAudit(this.db, {
        actor: `booth:${row.id}`,
        action: 'booth.enrolled',
        subject: row.id,
        details: {},
      });
      return { deviceToken, booth: { id: row.id, name: row.name } };
    })();
    if (enrolled) this.events.emit('boothsChanged');
    return enrolled;
  }

  byDeviceToken(token: string): Booth | null {
    return this.booths.byDeviceTokenHash(tokenHash(token)) ?? null;
  }
}
