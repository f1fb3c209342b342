import initialSchema from './0001-initial-schema.js';
import lookupIndexes from './0002-lookup-indexes.js';
import membershipDatesAndOverrules from './0003-membership-dates-and-overrules.js';
import presenceAndHelpCalls from './0004-presence-and-help-calls.js';
import stateChecks from './0005-state-checks.js';
import decisionAmounts from './0006-decision-amounts.js';
import officerAccountStates from './0007-officer-account-states.js';
import boothHealth from './0008-booth-health.js';
import type { Migration } from './migration.js';

/** Every migration, in order; a new one is a new file added at the end. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  lookupIndexes,
  membershipDatesAndOverrules,
  presenceAndHelpCalls,
  stateChecks,
  decisionAmounts,
  officerAccountStates,
  boothHealth,
];
export type { Migration };
