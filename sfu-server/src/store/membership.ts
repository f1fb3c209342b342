import {
  isIsoDate,
  PARTICIPANT_SEGMENTS,
  type MembershipRecord,
  type ParticipantSegment,
} from '@bilik/shared';
import { statement, type Db } from './db.js';

type ParticipantRow = {
  jht_balance: number | null;
  npwp: string | null;
  account_holder: string | null;
  heir_name: string | null;
  segment: string | null;
  foreigner: number | null;
  membership_start: string | null;
  work_end_date: string | null;
  partial_claim_date: string | null;
  partial_claim_amount: number | null;
  death_date: string | null;
  pension_age: number | null;
  jp_contribution_months: number | null;
};

/**
 * What the branch copy of membership data knows about this NIK + KPJ (undefined for an unknown
 * pair). A date that is not a calendar date is treated as unknown, so a bad import makes the
 * pre-check ask the CSO instead of computing a deadline from garbage.
 */
export function membershipRecord(db: Db, nik: string, kpj: string): MembershipRecord | undefined {
  const r = statement(
    db,
    `SELECT jht_balance, npwp, account_holder, heir_name, segment, foreigner, membership_start,
            work_end_date, partial_claim_date, partial_claim_amount, death_date, pension_age,
            jp_contribution_months
       FROM participants WHERE nik = ? AND kpj = ?`,
  ).get(nik, kpj) as ParticipantRow | undefined;
  if (!r) return undefined;
  return {
    jhtBalance: r.jht_balance,
    npwp: r.npwp,
    accountHolder: r.account_holder,
    heirName: r.heir_name,
    segment: (PARTICIPANT_SEGMENTS as readonly string[]).includes(r.segment ?? '')
      ? (r.segment as ParticipantSegment)
      : null,
    foreigner: r.foreigner === null ? null : r.foreigner === 1,
    membershipStart: date(r.membership_start),
    workEndDate: date(r.work_end_date),
    partialClaimDate: date(r.partial_claim_date),
    partialClaimAmount: r.partial_claim_amount,
    deathDate: date(r.death_date),
    pensionAge: r.pension_age,
    jpContributionMonths: r.jp_contribution_months,
  };
}

function date(value: string | null): string | null {
  return value !== null && isIsoDate(value) ? value : null;
}
