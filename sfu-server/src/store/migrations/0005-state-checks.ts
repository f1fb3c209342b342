import type { Migration } from './migration.js';

// SQLite adds a CHECK only by rebuilding the table: a copy with the constraints, the rows moved
// across (a row that breaks a constraint fails the migration, and nothing changes), the old
// table dropped and the copy renamed. Other tables refer to these by name, so they follow.
const migration: Migration = {
  version: 5,
  name: 'CHECK constraints on session states and claim types',
  rebuildsTables: true,
  sql: `
    CREATE TABLE sessions_checked (
      id TEXT PRIMARY KEY,
      booth_id TEXT NOT NULL REFERENCES booths(id),
      state TEXT NOT NULL CHECK (state IN
        ('checkingIn','selfService','waiting','inConversation','onHold','deciding','decided','closed')),
      nik TEXT,
      kpj TEXT,
      participant_name TEXT,
      birth_date TEXT,
      sex TEXT CHECK (sex IN ('F','M')),
      booking_code TEXT,
      consent_at TEXT,
      priority_need TEXT CHECK (priority_need IN ('disability','elderly','pregnant')),
      desk_id TEXT REFERENCES desks(id),
      slot INTEGER CHECK (slot BETWEEN 0 AND 5),
      queued_at TEXT,
      waiting_since TEXT,
      last_attention_at TEXT,
      created_at TEXT NOT NULL,
      closed_at TEXT,
      CHECK ((desk_id IS NULL) = (slot IS NULL))
    );
    INSERT INTO sessions_checked SELECT * FROM sessions;
    DROP TABLE sessions;
    ALTER TABLE sessions_checked RENAME TO sessions;
    CREATE INDEX open_sessions ON sessions(state) WHERE closed_at IS NULL;
    CREATE INDEX sessions_open_by_booth ON sessions(booth_id) WHERE closed_at IS NULL;
    CREATE INDEX sessions_by_desk ON sessions(desk_id) WHERE closed_at IS NULL;

    CREATE TABLE claim_cases_checked (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL UNIQUE REFERENCES sessions(id),
      claim_type TEXT NOT NULL CHECK (claim_type IN ('JHT','JKK','JKM','JP')),
      reason TEXT NOT NULL,
      reference TEXT NOT NULL UNIQUE,
      amount INTEGER CHECK (amount >= 0),
      created_at TEXT NOT NULL
    );
    INSERT INTO claim_cases_checked SELECT * FROM claim_cases;
    DROP TABLE claim_cases;
    ALTER TABLE claim_cases_checked RENAME TO claim_cases;

    CREATE TABLE captures_checked (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES sessions(id),
      document_kind TEXT NOT NULL,
      mime_type TEXT NOT NULL CHECK (mime_type IN ('image/jpeg','image/png','image/webp')),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      bytes INTEGER NOT NULL CHECK (bytes > 0),
      file_name TEXT NOT NULL,
      captured_by TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    INSERT INTO captures_checked SELECT * FROM captures;
    DROP TABLE captures;
    ALTER TABLE captures_checked RENAME TO captures;
    CREATE INDEX captures_by_session ON captures(session_id);
  `,
};
export default migration;
