import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, NewerDatabaseError, openDatabase, type Db } from './db.js';
import { MIGRATIONS } from './migrations/index.js';

const file = () => join(mkdtempSync(join(tmpdir(), 'bilik-db-')), 'bilik.sqlite');
const blank = (): Db => {
  const db = new Database(file());
  db.pragma('foreign_keys = ON');
  return db;
};
const schema = (db: Db) =>
  db
    .prepare(
      "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();

/** A branch's rows as version 1 of the schema held them. */
function seedVersion1(db: Db): void {
  db.exec(`
    INSERT INTO officers (id, username, display_name, staff_id, role, password_hash, failed_logins, locked_until)
      VALUES ('o1','rina','Rina','CSO-1','cso','h',0,NULL);
    INSERT INTO booths (id, name, device_token_hash, enrolled_at) VALUES ('b1','Bilik 1',NULL,NULL);
    INSERT INTO desks VALUES ('d1','o1',4,'2026-11-02T08:00:00Z',NULL,'s1');
    INSERT INTO sessions (id, booth_id, state, nik, kpj, sex, priority_need, desk_id, slot, created_at)
      VALUES ('s1','b1','inConversation','3173054512900003','12345678901','F','elderly','d1',0,'2026-11-02T08:01:00Z');
    INSERT INTO sessions (id, booth_id, state, created_at, closed_at)
      VALUES ('s2','b1','closed','2026-11-01T08:00:00Z','2026-11-01T08:05:00Z');
    INSERT INTO claim_cases VALUES ('c1','s1','JHT','resignation','BLK-1',42500000,'2026-11-02T08:02:00Z');
    INSERT INTO captures VALUES ('k1','s1','ektp','image/jpeg','${'a'.repeat(64)}',1200,'k1.bin','booth:b1','2026-11-02T08:03:00Z');
    INSERT INTO decisions (id, session_id, claim_case_id, decision, reason, missing, officer_id, created_at)
      VALUES ('x1','s1','c1','approved',NULL,'[]','o1','2026-11-02T08:10:00Z');
  `);
}

describe('database migrations', () => {
  it('builds the same schema migrated step by step from version 1, keeping the rows', () => {
    const fresh = blank();
    migrate(fresh);
    const stepped = blank();
    migrate(stepped, 1);
    seedVersion1(stepped);
    for (let upTo = 2; upTo <= MIGRATIONS.length; upTo++) migrate(stepped, upTo);
    expect(schema(stepped)).toEqual(schema(fresh));
    expect(stepped.prepare('SELECT id, state, slot FROM sessions ORDER BY id').all()).toEqual([
      { id: 's1', state: 'inConversation', slot: 0 },
      { id: 's2', state: 'closed', slot: null },
    ]);
    expect(stepped.prepare('SELECT COUNT(*) AS n FROM decisions').get()).toEqual({ n: 1 });
    expect(stepped.pragma('foreign_key_check')).toEqual([]);
    expect(stepped.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses states, claim types and seats that do not exist', () => {
    const db = blank();
    migrate(db);
    seedVersion1(db);
    const bad = [
      "UPDATE sessions SET state = 'lost' WHERE id = 's1'",
      "UPDATE sessions SET slot = NULL WHERE id = 's1'",
      "UPDATE sessions SET priority_need = 'vip' WHERE id = 's1'",
      "UPDATE claim_cases SET claim_type = 'XYZ'",
      "UPDATE captures SET mime_type = 'text/html'",
      'UPDATE decisions SET amount = 0',
      'UPDATE officers SET must_change_password = 2',
      "UPDATE booths SET camera = 'broken'",
    ];
    for (const sql of bad) expect(() => db.exec(sql), sql).toThrow(/CHECK constraint failed/);
  });

  it('stops, changing nothing, when old rows break a new constraint', () => {
    const db = blank();
    migrate(db, 4);
    seedVersion1(db);
    db.exec("UPDATE sessions SET state = 'lost' WHERE id = 's2'");
    expect(() => migrate(db)).toThrow(/CHECK constraint failed/);
    expect(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({ v: 4 });
    expect(db.prepare("SELECT state FROM sessions WHERE id = 's2'").get()).toEqual({ state: 'lost' });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses a database written by a newer server', () => {
    const path = file();
    openDatabase(path).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(99, 'from the future', '2027-01-01');
    db.close();
    expect(() => openDatabase(path)).toThrow(NewerDatabaseError);
    expect(() => openDatabase(path)).toThrow(/schema version 99, newer than this server knows \(8\)/);
  });
});
