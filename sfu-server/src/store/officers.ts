import type { Role } from '@bilik/shared';
import { statement, type Db } from './db.js';

export type OfficerRow = {
  id: string;
  username: string;
  display_name: string;
  staff_id: string;
  role: Role;
  password_hash: string;
  failed_logins: number;
  locked_until: string | null;
  must_change_password: 0 | 1;
  disabled_at: string | null;
};

/** SQL for officer accounts and their session tokens (stored only as hashes). */
export class OfficerRepository {
  constructor(private readonly db: Db) {}

  insert(
    row: Pick<
      OfficerRow,
      'id' | 'username' | 'display_name' | 'staff_id' | 'role' | 'password_hash' | 'must_change_password'
    >,
  ): void {
    statement(
      this.db,
      'INSERT INTO officers (id, username, display_name, staff_id, role, password_hash, must_change_password) VALUES (@id, @username, @display_name, @staff_id, @role, @password_hash, @must_change_password)',
    ).run(row);
  }

  /** Every account, for branch IT: by role, then name. */
  list(): OfficerRow[] {
    return statement(
      this.db,
      "SELECT * FROM officers ORDER BY CASE role WHEN 'admin' THEN 0 WHEN 'supervisor' THEN 1 ELSE 2 END, display_name",
    ).all() as OfficerRow[];
  }

  /** Admins who can still sign in: branch IT must never lock itself out. */
  activeAdmins(): number {
    return (
      statement(
        this.db,
        "SELECT COUNT(*) AS n FROM officers WHERE role = 'admin' AND disabled_at IS NULL",
      ).get() as { n: number }
    ).n;
  }

  /** A new password hash; a temporary one (mustChange) must be replaced at the next login. */
  setPassword(id: string, passwordHash: string, mustChange: boolean): void {
    statement(
      this.db,
      'UPDATE officers SET password_hash = ?, must_change_password = ?, failed_logins = 0, locked_until = NULL WHERE id = ?',
    ).run(passwordHash, mustChange ? 1 : 0, id);
  }

  setDisabled(id: string, disabledAt: string | null): void {
    statement(this.db, 'UPDATE officers SET disabled_at = ? WHERE id = ?').run(disabledAt, id);
  }

  count(): number {
    return (statement(this.db, 'SELECT COUNT(*) AS n FROM officers').get() as { n: number }).n;
  }

  byUsername(username: string): OfficerRow | undefined {
    return statement(this.db, 'SELECT * FROM officers WHERE username = ?').get(username) as
      OfficerRow | undefined;
  }

  byId(id: string): OfficerRow | undefined {
    return statement(this.db, 'SELECT * FROM officers WHERE id = ?').get(id) as OfficerRow | undefined;
  }

  setFailures(id: string, failures: number, lockedUntil: string | null): void {
    statement(this.db, 'UPDATE officers SET failed_logins = ?, locked_until = ? WHERE id = ?').run(
      failures,
      lockedUntil,
      id,
    );
  }

  insertToken(tokenHash: string, officerId: string, expiresAt: string): void {
    statement(
      this.db,
      'INSERT INTO officer_tokens (token_hash, officer_id, expires_at) VALUES (?, ?, ?)',
    ).run(tokenHash, officerId, expiresAt);
  }

  /** The officer a live token belongs to (never a disabled one). */
  byTokenHash(tokenHash: string, now: string): OfficerRow | undefined {
    return statement(
      this.db,
      'SELECT o.* FROM officer_tokens t JOIN officers o ON o.id = t.officer_id WHERE t.token_hash = ? AND t.expires_at > ? AND o.disabled_at IS NULL',
    ).get(tokenHash, now) as OfficerRow | undefined;
  }

  /** Signs one token out; returns its officer, or undefined when it was not (or no longer) valid. */
  deleteToken(tokenHash: string): string | undefined {
    const row = statement(
      this.db,
      'DELETE FROM officer_tokens WHERE token_hash = ? RETURNING officer_id',
    ).get(tokenHash) as { officer_id: string } | undefined;
    return row?.officer_id;
  }

  /** Signs an officer out everywhere; returns how many tokens went. */
  deleteTokensOf(officerId: string): number {
    return statement(this.db, 'DELETE FROM officer_tokens WHERE officer_id = ?').run(officerId).changes;
  }
}
