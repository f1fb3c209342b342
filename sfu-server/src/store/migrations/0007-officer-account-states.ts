import type { Migration } from './migration.js';

// Branch IT disables accounts (never deletes them: decisions and audit rows name them) and sets
// temporary passwords that the officer must replace at the next login.
const migration: Migration = {
  version: 7,
  name: 'disabled officers and forced password changes',
  sql: `
      ALTER TABLE officers ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
        CHECK (must_change_password IN (0, 1));
      ALTER TABLE officers ADD COLUMN disabled_at TEXT;
      CREATE INDEX officer_tokens_by_officer ON officer_tokens(officer_id);
    `,
};
export default migration;
