import type { BoothDevices, DeviceState } from '@bilik/shared';
import { statement, type Db } from './db.js';

export type BoothRow = { id: string; name: string };
export type BoothHealthRow = BoothRow & {
  enrolled_at: string | null;
  has_token: 0 | 1;
  revoked_at: string | null;
  last_seen_at: string | null;
  app_version: string | null;
  camera: DeviceState | null;
  document_camera: DeviceState | null;
  barcode_reader: DeviceState | null;
};

/** SQL for enrolled booth PCs, their one-time enrollment codes (hashes only) and their health. */
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

  /** Every booth's name by id: one query where a screen lists many booths. */
  names(): Map<string, string> {
    const rows = statement(this.db, 'SELECT id, name FROM booths').all() as BoothRow[];
    return new Map(rows.map((r) => [r.id, r.name]));
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

  /** A (re-)enrollment: the new token replaces any earlier one, and a revoked booth is back. */
  setDeviceToken(id: string, tokenHash: string, at: string): void {
    statement(
      this.db,
      'UPDATE booths SET device_token_hash = ?, enrolled_at = ?, revoked_at = NULL WHERE id = ?',
    ).run(tokenHash, at, id);
  }

  byDeviceTokenHash(tokenHash: string): BoothRow | undefined {
    return statement(this.db, 'SELECT id, name FROM booths WHERE device_token_hash = ?').get(tokenHash) as
      BoothRow | undefined;
  }

  /** The token goes (it can never open a socket again) and unused codes with it. */
  revoke(id: string, at: string): boolean {
    const changed = statement(
      this.db,
      'UPDATE booths SET device_token_hash = NULL, revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
    ).run(at, id).changes;
    statement(this.db, 'UPDATE enrollment_codes SET used_at = ? WHERE booth_id = ? AND used_at IS NULL').run(
      at,
      id,
    );
    return changed > 0;
  }

  recordHeartbeat(id: string, at: string, appVersion: string, devices: BoothDevices): void {
    statement(
      this.db,
      'UPDATE booths SET last_seen_at = ?, app_version = ?, camera = ?, document_camera = ?, barcode_reader = ? WHERE id = ?',
    ).run(at, appVersion, devices.camera, devices.documentCamera, devices.barcodeReader, id);
  }

  health(): BoothHealthRow[] {
    return statement(
      this.db,
      'SELECT id, name, enrolled_at, device_token_hash IS NOT NULL AS has_token, revoked_at, last_seen_at, app_version, camera, document_camera, barcode_reader FROM booths ORDER BY name',
    ).all() as BoothHealthRow[];
  }
}
