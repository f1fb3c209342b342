import type { Migration } from './migration.js';

const migration: Migration = {
  version: 2,
  name: 'indexes for the per-request lookups',
  sql: `
      CREATE INDEX sessions_open_by_booth ON sessions(booth_id) WHERE closed_at IS NULL;
      CREATE INDEX sessions_by_desk ON sessions(desk_id) WHERE closed_at IS NULL;
      CREATE INDEX captures_by_session ON captures(session_id);
      CREATE INDEX notes_by_session ON notes(session_id);
      CREATE INDEX decisions_by_session ON decisions(session_id);
    `,
};
export default migration;
