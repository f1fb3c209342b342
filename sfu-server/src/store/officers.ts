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
};

/** SQL for officer accounts and their session tokens (stored only as hashes). */
export class OfficerRepository {
  constructor(private readonly db: Db) {}

  insert(
    row: Pick<OfficerRow, 'id' | 'username' | 'display_name' | 'staff_id' | 'role' | 'password_hash'>,
  ): void {
    statement(
      this.db,
      'INSERT INTO officers (id, username, display_name, staff_id, role, password_hash) VALUES (@id, @username, @display_name, @staff_id, @role, @password_hash)',
    ).run(row);
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

  /** The officer a live token belongs to. */
  byTokenHash(tokenHash: string, now: string): OfficerRow | undefined {
    return statement(
      this.db,
      'SELECT o.* FROM officer_tokens t JOIN officers o ON o.id = t.officer_id WHERE t.token_hash = ? AND t.expires_at > ?',
    ).get(tokenHash, now) as OfficerRow | undefined;
  }
}
