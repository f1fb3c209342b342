import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../store/db.js';
import { appendAudit, verifyAuditChain } from './auditLog.js';

describe('audit log hash chain', () => {
  let dir: string;
  let db: Db;
  const setup = () => {
    dir = mkdtempSync(join(tmpdir(), 'bilik-audit-'));
    db = openDatabase(join(dir, 'a.sqlite'));
    for (let i = 0; i < 5; i++)
      appendAudit(db, {
        actor: 'officer:x',
        action: 'claim.decided',
        subject: `s${i}`,
        details: { decision: 'approved', i },
      });
  };
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies an untouched chain', () => {
    setup();
    expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 5, firstBadRowId: null });
  });

  it('refuses updates and deletes through SQL', () => {
    setup();
    expect(() => db.prepare("UPDATE audit_log SET details = '{}' WHERE id = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 5').run()).toThrow(/append-only/);
  });

  it('detects an edited row, even by someone who drops the guard triggers', () => {
    setup();
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare(`UPDATE audit_log SET details = '{"decision":"rejected","i":2}' WHERE id = 3`).run();
    expect(verifyAuditChain(db)).toEqual({ ok: false, rows: 3, firstBadRowId: 3 });
  });

  it('detects a deleted row', () => {
    setup();
    db.exec('DROP TRIGGER audit_no_delete');
    db.prepare('DELETE FROM audit_log WHERE id = 2').run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBadRowId: 3 });
  });
});
