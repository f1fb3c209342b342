import type { Migration } from './migration.js';

// What the branch report needs from a decision: the rupiah the CSO approved, the desk it was made
// at (one-to-one or One to Many), and when the CSO first took the booth (handling time).
const migration: Migration = {
  version: 6,
  name: 'decision amounts, decision desks and first-served times',
  sql: `
      ALTER TABLE decisions ADD COLUMN amount INTEGER CHECK (amount > 0);
      ALTER TABLE decisions ADD COLUMN desk_id TEXT REFERENCES desks(id);
      ALTER TABLE sessions ADD COLUMN first_served_at TEXT;
      CREATE INDEX sessions_by_first_served ON sessions(first_served_at) WHERE first_served_at IS NOT NULL;
      CREATE INDEX decisions_by_time ON decisions(created_at);
      CREATE INDEX decisions_by_case ON decisions(claim_case_id);
    `,
};
export default migration;
