import { randomUUID } from 'node:crypto';
import type { Role } from '@bilik/shared';
import { appendAudit } from '../audit/auditLog.js';
import type { Db } from '../store/db.js';
import type { OfficerRepository, OfficerRow } from '../store/officers.js';
import { hashPassword, newToken, tokenHash, verifyPassword } from './secrets.js';

export type Officer = { id: string; username: string; displayName: string; staffId: string; role: Role };

export const LOCKOUT = { maxFailures: 5, minutes: 15 };
const TOKEN_HOURS = 12;

const toOfficer = (r: OfficerRow): Officer => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  staffId: r.staff_id,
  role: r.role,
});

export type LoginResult =
  | { ok: true; token: string; officer: Officer }
  | { ok: false; code: 'INVALID_CREDENTIALS' | 'LOCKED_OUT'; message: string };

export class OfficerAccounts {
  constructor(
    private readonly db: Db,
    private readonly officers: OfficerRepository,
  ) {}

  async create(
    input: { username: string; displayName: string; staffId: string; password: string; role: Role },
    actor: string,
  ): Promise<Officer> {
    const hash = await hashPassword(input.password);
    const id = randomUUID();
    this.db.transaction(() => {
      this.officers.insert({
        id,
        username: input.username,
        display_name: input.displayName,
        staff_id: input.staffId,
        role: input.role,
        password_hash: hash,
      });
      appendAudit(this.db, {
        actor,
        action: 'officer.created',
        subject: id,
        details: { username: input.username, role: input.role },
      });
    })();
    return {
      id,
      username: input.username,
      displayName: input.displayName,
      staffId: input.staffId,
      role: input.role,
    };
  }

  count(): number {
    return this.officers.count();
  }

  async login(username: string, password: string, now = new Date()): Promise<LoginResult> {
    const row = this.officers.byUsername(username);
    const invalid = {
      ok: false as const,
      code: 'INVALID_CREDENTIALS' as const,
      message: 'wrong username or password',
    };
    if (!row) {
      // Same work as a real check, so timing does not reveal which usernames exist.
      await verifyPassword(
        password,
        'scrypt$32768$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
      );
      return invalid;
    }
    if (row.locked_until && new Date(row.locked_until) > now) {
      return { ok: false, code: 'LOCKED_OUT', message: `account locked until ${row.locked_until}` };
    }
    if (!(await verifyPassword(password, row.password_hash))) {
      const failures = row.failed_logins + 1;
      const lock =
        failures >= LOCKOUT.maxFailures
          ? new Date(now.getTime() + LOCKOUT.minutes * 60_000).toISOString()
          : null;
      this.db.transaction(() => {
        this.officers.setFailures(row.id, lock ? 0 : failures, lock);
        appendAudit(this.db, {
          actor: `officer:${row.id}`,
          action: lock ? 'officer.lockedOut' : 'officer.loginFailed',
          subject: row.id,
          details: { failures },
        });
      })();
      return lock
        ? {
            ok: false,
            code: 'LOCKED_OUT',
            message: `too many failed attempts; locked for ${LOCKOUT.minutes} minutes`,
          }
        : invalid;
    }
    const token = newToken();
    this.db.transaction(() => {
      this.officers.setFailures(row.id, 0, null);
      this.officers.insertToken(
        tokenHash(token),
        row.id,
        new Date(now.getTime() + TOKEN_HOURS * 3_600_000).toISOString(),
      );
      appendAudit(this.db, {
        actor: `officer:${row.id}`,
        action: 'officer.loggedIn',
        subject: row.id,
        details: {},
      });
    })();
    return { ok: true, token, officer: toOfficer(row) };
  }

  byToken(token: string, now = new Date()): Officer | null {
    const row = this.officers.byTokenHash(tokenHash(token), now.toISOString());
    return row ? toOfficer(row) : null;
  }

  byId(id: string): Officer | null {
    const row = this.officers.byId(id);
    return row ? toOfficer(row) : null;
  }
}
