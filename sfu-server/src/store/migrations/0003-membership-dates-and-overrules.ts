import type { Migration } from './migration.js';

const migration: Migration = {
  version: 3,
  name: 'membership dates for eligibility; overruled warnings and confirmed facts with the decision',
  sql: `
      -- What the branch copy of membership data knows for the date rules (shared/src/domain/
      -- eligibility.ts). NULL = not known: the pre-check then asks the CSO to confirm.
      ALTER TABLE participants ADD COLUMN segment TEXT CHECK (segment IN ('PU','BPU','PMI'));
      ALTER TABLE participants ADD COLUMN foreigner INTEGER CHECK (foreigner IN (0,1));
      ALTER TABLE participants ADD COLUMN membership_start TEXT;
      ALTER TABLE participants ADD COLUMN work_end_date TEXT;
      ALTER TABLE participants ADD COLUMN partial_claim_date TEXT;
      ALTER TABLE participants ADD COLUMN partial_claim_amount INTEGER CHECK (partial_claim_amount >= 0);
      ALTER TABLE participants ADD COLUMN death_date TEXT;
      ALTER TABLE participants ADD COLUMN pension_age INTEGER CHECK (pension_age BETWEEN 40 AND 70);
      ALTER TABLE participants ADD COLUMN jp_contribution_months INTEGER CHECK (jp_contribution_months >= 0);
      ALTER TABLE participants ADD COLUMN heir_name TEXT;
      -- The warnings the CSO confirmed, each with its reason, and the facts the decision was
      -- judged on (JSON), so an approval can be explained later.
      ALTER TABLE decisions ADD COLUMN overrules TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE decisions ADD COLUMN facts TEXT NOT NULL DEFAULT '{}';
    `,
};
export default migration;
