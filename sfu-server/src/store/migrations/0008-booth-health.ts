import type { Migration } from './migration.js';

// Branch IT's view of each booth PC: when it last reported, which app version it runs and
// whether its cameras and barcode reader work; and whether its enrollment was revoked.
const migration: Migration = {
  version: 8,
  name: 'booth heartbeats and revocation',
  sql: `
      ALTER TABLE booths ADD COLUMN revoked_at TEXT;
      ALTER TABLE booths ADD COLUMN last_seen_at TEXT;
      ALTER TABLE booths ADD COLUMN app_version TEXT;
      ALTER TABLE booths ADD COLUMN camera TEXT CHECK (camera IN ('ok','missing','unknown'));
      ALTER TABLE booths ADD COLUMN document_camera TEXT CHECK (document_camera IN ('ok','missing','unknown'));
      ALTER TABLE booths ADD COLUMN barcode_reader TEXT CHECK (barcode_reader IN ('ok','missing','unknown'));
      CREATE UNIQUE INDEX booths_by_name ON booths(name);
    `,
};
export default migration;
