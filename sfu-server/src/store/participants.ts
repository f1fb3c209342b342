import {
  isIsoDate,
  PARTICIPANT_SEGMENTS,
  type MembershipRecord,
  type ParticipantSegment,
} from '@bilik/shared';
import { statement, type Db } from './db.js';

type MembershipRow = {
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

/** Who a participant is, from the branch copy of membership data. */
export type ParticipantIdentity = {
  kpj: string;
  nik: string;
  name: string;
  birth_date: string;
  sex: 'F' | 'M';
};

/** A participant of the branch copy of membership data, with what the date rules need. */
export type ParticipantImport = {
  kpj: string;
  nik: string;
  name: string;
  birthDate: string;
  sex: 'F' | 'M';
  balance: number | null;
  accountHolder: string | null;
  segment: string | null;
  foreigner: number | null;
  membershipStart: string | null;
  workEnd: string | null;
  partialClaimDate: string | null;
  partialClaimAmount: number | null;
  deathDate: string | null;
  pensionAge: number | null;
  jpContributionMonths: number | null;
  heirName: string | null;
};

/** SQL for the branch copy of membership data (participants) and their bookings. */
export class ParticipantRepository {
  constructor(private readonly db: Db) {}

  /**
   * What the branch copy of membership data knows about this NIK + KPJ (undefined for an unknown
   * pair). A date that is not a calendar date is treated as unknown, so a bad import makes the
   * pre-check ask the CSO instead of computing a deadline from garbage.
   */
  membership(nik: string, kpj: string): MembershipRecord | undefined {
    const r = statement(
      this.db,
      `SELECT jht_balance, npwp, account_holder, heir_name, segment, foreigner, membership_start,
              work_end_date, partial_claim_date, partial_claim_amount, death_date, pension_age,
              jp_contribution_months
         FROM participants WHERE nik = ? AND kpj = ?`,
    ).get(nik, kpj) as MembershipRow | undefined;
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

  byNikKpj(nik: string, kpj: string): ParticipantIdentity | undefined {
    return statement(this.db, 'SELECT * FROM participants WHERE kpj = ? AND nik = ?').get(kpj, nik) as
      ParticipantIdentity | undefined;
  }

  /** The participant an unused booking code is for. */
  byOpenBooking(code: string): ParticipantIdentity | undefined {
    return statement(
      this.db,
      'SELECT p.* FROM bookings b JOIN participants p ON p.kpj = b.kpj WHERE b.code = ? AND b.used_at IS NULL',
    ).get(code) as ParticipantIdentity | undefined;
  }

  useBooking(code: string, at: string): void {
    statement(this.db, 'UPDATE bookings SET used_at = ? WHERE code = ?').run(at, code);
  }

  insert(p: ParticipantImport): void {
    statement(
      this.db,
      `INSERT INTO participants (kpj, nik, name, birth_date, sex, jht_balance, account_holder, segment, foreigner,
         membership_start, work_end_date, partial_claim_date, partial_claim_amount, death_date, pension_age,
         jp_contribution_months, heir_name)
       VALUES (@kpj, @nik, @name, @birthDate, @sex, @balance, @accountHolder, @segment, @foreigner,
         @membershipStart, @workEnd, @partialClaimDate, @partialClaimAmount, @deathDate, @pensionAge,
         @jpContributionMonths, @heirName)`,
    ).run(p);
  }

  insertBooking(code: string, kpj: string, bookedFor: string): void {
    statement(this.db, 'INSERT INTO bookings (code, kpj, booked_for) VALUES (?, ?, ?)').run(
      code,
      kpj,
      bookedFor,
    );
  }
}

function date(value: string | null): string | null {
  return value !== null && isIsoDate(value) ? value : null;
}
