import type { Migration } from './migration.js';

const migration: Migration = {
  version: 1,
  name: 'initial schema',
  sql: `
      CREATE TABLE officers (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        staff_id TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('cso','supervisor','admin')),
        password_hash TEXT NOT NULL,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT
      );
      CREATE TABLE officer_tokens (
        token_hash TEXT PRIMARY KEY,
        officer_id TEXT NOT NULL REFERENCES officers(id),
        expires_at TEXT NOT NULL
      );
      CREATE TABLE booths (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        device_token_hash TEXT UNIQUE,
        enrolled_at TEXT
      );
      CREATE TABLE enrollment_codes (
        code_hash TEXT PRIMARY KEY,
        booth_id TEXT NOT NULL REFERENCES booths(id),
        expires_at TEXT NOT NULL,
        used_at TEXT
      );
      CREATE TABLE desks (
        id TEXT PRIMARY KEY,
        officer_id TEXT NOT NULL REFERENCES officers(id),
        slots INTEGER NOT NULL CHECK (slots BETWEEN 1 AND 6),
        opened_at TEXT NOT NULL,
        closed_at TEXT,
        focused_session_id TEXT
      );
      CREATE UNIQUE INDEX one_open_desk_per_officer ON desks(officer_id) WHERE closed_at IS NULL;
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        booth_id TEXT NOT NULL REFERENCES booths(id),
        state TEXT NOT NULL,
        nik TEXT,
        kpj TEXT,
        participant_name TEXT,
        birth_date TEXT,
        sex TEXT,
        booking_code TEXT,
        consent_at TEXT,
        priority_need TEXT,
        desk_id TEXT REFERENCES desks(id),
        slot INTEGER,
        queued_at TEXT,
        waiting_since TEXT,
        last_attention_at TEXT,
        created_at TEXT NOT NULL,
        closed_at TEXT
      );
      CREATE INDEX open_sessions ON sessions(state) WHERE closed_at IS NULL;
      CREATE TABLE claim_cases (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL UNIQUE REFERENCES sessions(id),
        claim_type TEXT NOT NULL,
        reason TEXT NOT NULL,
        reference TEXT NOT NULL UNIQUE,
        amount INTEGER,
        created_at TEXT NOT NULL
      );
      CREATE TABLE captures (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        document_kind TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        captured_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE document_verdicts (
        session_id TEXT NOT NULL REFERENCES sessions(id),
        document_kind TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('verified','rejected')),
        reason TEXT,
        officer_id TEXT NOT NULL REFERENCES officers(id),
        created_at TEXT NOT NULL,
        PRIMARY KEY (session_id, document_kind)
      );
      CREATE TABLE notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        officer_id TEXT NOT NULL REFERENCES officers(id),
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE decisions (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        claim_case_id TEXT REFERENCES claim_cases(id),
        decision TEXT NOT NULL CHECK (decision IN ('approved','pending','rejected','escalated')),
        reason TEXT,
        missing TEXT NOT NULL,
        officer_id TEXT NOT NULL REFERENCES officers(id),
        created_at TEXT NOT NULL
      );
      CREATE TABLE payment_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        claim_case_id TEXT NOT NULL REFERENCES claim_cases(id),
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT
      );
      -- The branch's copy of membership data (from the central system) used to prefill a case.
      CREATE TABLE participants (
        kpj TEXT PRIMARY KEY,
        nik TEXT NOT NULL,
        name TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('F','M')),
        jht_balance INTEGER,
        npwp TEXT,
        account_holder TEXT
      );
      CREATE TABLE bookings (
        code TEXT PRIMARY KEY,
        kpj TEXT NOT NULL REFERENCES participants(kpj),
        booked_for TEXT NOT NULL,
        used_at TEXT
      );
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `,
};
export default migration;
