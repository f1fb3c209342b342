import type { Migration } from './migration.js';

const migration: Migration = {
  version: 4,
  name: 'booth presence and calls for help',
  sql: `
      -- A participant who did not answer "Masih di sana?" keeps their place; the row says since when.
      CREATE TABLE booth_presence (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id),
        state TEXT NOT NULL CHECK (state IN ('present','absent')),
        since TEXT NOT NULL
      );
      CREATE TABLE help_calls (
        id TEXT PRIMARY KEY,
        booth_id TEXT NOT NULL REFERENCES booths(id),
        session_id TEXT REFERENCES sessions(id),
        state TEXT NOT NULL CHECK (state IN ('open','acknowledged')),
        called_at TEXT NOT NULL,
        acknowledged_at TEXT,
        acknowledged_by TEXT REFERENCES officers(id),
        CHECK ((state = 'open') = (acknowledged_at IS NULL AND acknowledged_by IS NULL))
      );
      CREATE INDEX open_help_calls ON help_calls(booth_id) WHERE state = 'open';
    `,
};
export default migration;
