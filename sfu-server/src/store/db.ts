import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './migrations/index.js';

export type Db = Database.Database;

/** Opens (creating if needed) the branch database and brings its schema up to date. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a decision acknowledged to a CSO must survive a power cut of the branch server.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** A database written by a newer server: this one must not touch it. */
export class NewerDatabaseError extends Error {
  override readonly name = 'NewerDatabaseError';
}

/**
 * Applies the migrations this database lacks, each in its own transaction, up to `upTo` (all
 * by default; tests stop early to migrate step by step). A database from a newer build is
 * refused rather than half-understood.
 */
export function migrate(db: Db, upTo = MIGRATIONS.length): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)',
  );
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .all()
      .map((r) => (r as { version: number }).version),
  );
  const known = MIGRATIONS.at(-1)?.version ?? 0;
  const newest = Math.max(0, ...applied);
  if (newest > known)
    throw new NewerDatabaseError(
      `this database has schema version ${newest}, newer than this server knows (${known}): ` +
        'run the newer server it came from, or restore a backup made by this version',
    );
  for (const m of MIGRATIONS.slice(0, upTo)) {
    if (applied.has(m.version)) continue;
    // Dropping a table others refer to needs foreign keys off, which SQLite ignores inside a
    // transaction; they are checked before the migration commits and switched on again after.
    if (m.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(m.sql);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0)
          throw new Error(`migration ${m.version} left ${broken.length} broken references`);
        db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(
          m.version,
          m.name,
          new Date().toISOString(),
        );
      })();
    } finally {
      if (m.rebuildsTables) db.pragma('foreign_keys = ON');
    }
  }
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement, compiled once per database and reused: preparing on every call was
 * a quarter of the server's CPU under signalling load (bench/signalling.ts, profiled).
 */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}
