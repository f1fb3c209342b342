import { statement, type Db } from './db.js';

export type BoothRow = { id: string; name: string };

/** SQL for enrolled booth PCs and their one-time enrollment codes (hashes only). */
export class BoothRepository {
  constructor(private readonly db: Db) {}

  byName(name: string): BoothRow | undefined {
    return statement(this.db, 'SELECT id, name FROM booths WHERE name = ?').get(name) as BoothRow | undefined;
  }

  name(id: string): string | undefined {
    return (
      statement(this.db, 'SELECT name FROM booths WHERE id = ?').get(id) as { name: string } | undefined
    )?.name;
  }

  insert(booth: BoothRow): void {
    statement(this.db, 'INSERT INTO booths (id, name) VALUES (@id, @name)').run(booth);
  }

  insertCode(codeHash: string, boothId: string, expiresAt: string): void {
    statement(this.db, 'INSERT INTO enrollment_codes (code_hash, booth_id, expires_at) VALUES (?, ?, ?)').run(
      codeHash,
      boothId,
      expiresAt,
    );
  }

  /** The booth an unused, unexpired code enrolls. */
  byOpenCode(codeHash: string, now: string): BoothRow | undefined {
    return statement(
      this.db,
      'SELECT b.id, b.name FROM enrollment_codes c JOIN booths b ON b.id = c.booth_id WHERE c.code_hash = ? AND c.used_at IS NULL AND c.expires_at > ?',
    ).get(codeHash, now) as BoothRow | undefined;
  }

  useCode(codeHash: string, at: string): void {
    statement(this.db, 'UPDATE enrollment_codes SET used_at = ? WHERE code_hash = ?').run(at, codeHash);
  }

  setDeviceToken(id: string, tokenHash: string, at: string): void {
    statement(this.db, 'UPDATE booths SET device_token_hash = ?, enrolled_at = ? WHERE id = ?').run(
      tokenHash,
      at,
      id,
    );
  }

  byDeviceTokenHash(tokenHash: string): BoothRow | undefined {
    return statement(this.db, 'SELECT id, name FROM booths WHERE device_token_hash = ?').get(tokenHash) as
      BoothRow | undefined;
  }
}
