import { randomUUID } from 'node:crypto';
import { passwordProblem, type Role } from '@bilik/shared';
import { appendAudit } from '../audit/auditLog.js';
import type { BranchEvents } from '../branchEvents.js';
import { ServiceError } from '../errors.js';
import type { Db } from '../store/db.js';
import type { OfficerRepository, OfficerRow } from '../store/officers.js';
import { hashPassword, newToken, tokenHash, verifyPassword } from './secrets.js';

export type Officer = { id: string; username: string; displayName: string; staffId: string; role: Role };

export const LOCKOUT = { maxFailures: 5, minutes: 15 };
const TOKEN_HOURS = 12;
// Same work as a real check for an unknown username, so timing does not reveal which exist.
const DUMMY_HASH = 'scrypt$32768$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export const toOfficer = (r: OfficerRow): Officer => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  staffId: r.staff_id,
  role: r.role,
});

type Refusal = 'INVALID_CREDENTIALS' | 'LOCKED_OUT' | 'ACCOUNT_DISABLED' | 'PASSWORD_CHANGE_REQUIRED';
export type LoginResult =
  | { ok: true; token: string; officer: Officer }
  | { ok: false; code: Refusal | 'WEAK_PASSWORD'; message: string };

export type NewOfficer = {
  username: string;
  displayName: string;
  staffId: string;
  password: string;
  role: Role;
};

/** A new password that breaks the branch's rule is refused with a code the screens translate. */
export function assertPasswordRule(username: string, password: string): void {
  const problem = passwordProblem(username, password);
  if (problem) throw new ServiceError('WEAK_PASSWORD', `password refused: ${problem}`);
}

/** Officer accounts: creation, signing in and out, and the tokens sockets present. */
export class OfficerAccounts {
  constructor(
    private readonly db: Db,
    private readonly officers: OfficerRepository,
    private readonly events: BranchEvents,
  ) {}

  /** `mustChange`: the password was set by someone else (branch IT), so the officer replaces it. */
  async create(input: NewOfficer, actor: string, options: { mustChange?: boolean } = {}): Promise<Officer> {
    assertPasswordRule(input.username, input.password);
    const hash = await hashPassword(input.password);
    const id = randomUUID();
    this.db.transaction(() => {
      if (this.officers.byUsername(input.username))
        throw new ServiceError('CONFLICT', 'username already exists');
      this.officers.insert({
        id,
        username: input.username,
        display_name: input.displayName,
        staff_id: input.staffId,
        role: input.role,
        password_hash: hash,
        must_change_password: options.mustChange ? 1 : 0,
      });
      appendAudit(this.db, {
        actor,
        action: 'officer.created',
        subject: id,
        details: { username: input.username, role: input.role, mustChange: Boolean(options.mustChange) },
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
    const checked = await this.authenticate(username, password, now);
    if (!checked.ok) return checked;
    if (checked.row.must_change_password)
      return { ok: false, code: 'PASSWORD_CHANGE_REQUIRED', message: 'choose a new password first' };
    return this.signIn(checked.row, now);
  }

  /** The first login after a reset (or any time): the current password, then a new one, then signed in. */
  async changePassword(
    username: string,
    password: string,
    next: string,
    now = new Date(),
  ): Promise<LoginResult> {
    const checked = await this.authenticate(username, password, now);
    if (!checked.ok) return checked;
    const problem = passwordProblem(checked.row.username, next);
    if (problem || next === password)
      return { ok: false, code: 'WEAK_PASSWORD', message: `new password refused: ${problem ?? 'unchanged'}` };
    const hash = await hashPassword(next);
    this.db.transaction(() => {
      this.officers.setPassword(checked.row.id, hash, false);
      appendAudit(this.db, {
        actor: `officer:${checked.row.id}`,
        action: 'officer.passwordChanged',
        subject: checked.row.id,
        details: { wasTemporary: checked.row.must_change_password === 1 },
      });
    })();
    return this.signIn(checked.row, now);
  }

  /** Signs a token out on the server: it stops working at once and its sockets are closed. */
  logout(token: string): boolean {
    const hash = tokenHash(token);
    const officerId = this.db.transaction(() => {
      const id = this.officers.deleteToken(hash);
      if (id)
        appendAudit(this.db, {
          actor: `officer:${id}`,
          action: 'officer.loggedOut',
          subject: id,
          details: {},
        });
      return id;
    })();
    if (officerId) this.events.emit('signedOut', { tokenHash: hash });
    return officerId !== undefined;
  }

  byToken(token: string, now = new Date()): Officer | null {
    const row = this.officers.byTokenHash(tokenHash(token), now.toISOString());
    return row ? toOfficer(row) : null;
  }

  byId(id: string): Officer | null {
    const row = this.officers.byId(id);
    return row ? toOfficer(row) : null;
  }

  /** The password check with lockout, shared by login and password change. */
  private async authenticate(
    username: string,
    password: string,
    now: Date,
  ): Promise<{ ok: true; row: OfficerRow } | { ok: false; code: Refusal; message: string }> {
    const row = this.officers.byUsername(username);
    const invalid = {
      ok: false as const,
      code: 'INVALID_CREDENTIALS' as const,
      message: 'wrong username or password',
    };
    if (!row) {
      await verifyPassword(password, DUMMY_HASH);
      return invalid;
    }
    if (row.locked_until && new Date(row.locked_until) > now)
      return { ok: false, code: 'LOCKED_OUT', message: `account locked until ${row.locked_until}` };
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
    // Told only to someone who knows the password: a disabled account is not a secret from its owner.
    if (row.disabled_at) return { ok: false, code: 'ACCOUNT_DISABLED', message: 'account disabled' };
    return { ok: true, row };
  }

  private signIn(row: OfficerRow, now: Date): LoginResult {
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
}
