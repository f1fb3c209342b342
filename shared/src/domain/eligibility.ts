// Whether the claim is due yet, from the dates in the branch's membership data. A date the
// branch does not have is never guessed: the check says "to confirm" (a warning) and the CSO
// confirms from the papers on camera, with a reason.

import { type PreCheck, check } from './checkResult.js';
import { type ClaimReason, type ClaimType, JHT_PARTIAL_PERCENT, type ParticipantSegment } from './claims.js';
import { addMonths, addYears, ageOn, type IsoDate, yearOf } from './dates.js';
import type { DomainPolicy } from './policy.js';

/** What the branch copy of membership data knows about a participant (every field may be missing). */
export interface MembershipFacts {
  segment?: ParticipantSegment;
  foreigner?: boolean;
  /** First day of JHT membership. */
  membershipStart?: IsoDate;
  /** Resignation letter's date, PHK date or contract end. */
  workEndDate?: IsoDate;
  /** Earlier partial JHT claim (10 % or 30 %), paid once in a membership. */
  partialClaimDate?: IsoDate;
  partialClaimAmount?: number;
  deathDate?: IsoDate;
  /** Pension age in the employment agreement / company regulation / collective agreement. */
  pensionAge?: number;
  /** JP contribution months (masa iur). */
  jpContributionMonths?: number;
}

// Permenaker 4/2022 art. 8 and 10: resignation and PHK are paid after a one-month waiting period.
export const JHT_WAITING_MONTHS = 1;
// PP 46/2015 art. 22(4): partial JHT after at least 10 years of membership.
export const JHT_PARTIAL_MIN_YEARS = 10;
// PP 45/2015 art. 15: JP pension age 56, 57 from 1 January 2019, +1 every 3 years up to 65.
export const JP_PENSION_AGE_FIRST = { year: 2019, age: 57 } as const;
export const JP_PENSION_AGE_STEP_YEARS = 3;
export const JP_PENSION_AGE_MAX = 65;
export const JP_PENSION_AGE_BEFORE_2019 = 56;
// PP 45/2015: a monthly pension needs at least 15 years (180 months) of contributions; below
// that the participant receives the contributions with their returns as a lump sum.
export const JP_MONTHLY_MIN_CONTRIBUTION_MONTHS = 180;

/** JP pension age in a calendar year: 59 in 2025–2027, 60 in 2028–2030, … 65 from 2043. */
export function jpPensionAge(year: number): number {
  if (year < JP_PENSION_AGE_FIRST.year) return JP_PENSION_AGE_BEFORE_2019;
  const steps = Math.floor((year - JP_PENSION_AGE_FIRST.year) / JP_PENSION_AGE_STEP_YEARS);
  return Math.min(JP_PENSION_AGE_FIRST.age + steps, JP_PENSION_AGE_MAX);
}

/**
 * The first birthday on which the participant had reached the JP pension age of that year. The
 * age rises with the calendar, so a participant who qualified at 58 in 2024 stays qualified in 2025.
 */
export function jpEligibleFrom(birthDate: IsoDate): { date: IsoDate; age: number } {
  for (let age = JP_PENSION_AGE_BEFORE_2019; ; age++) {
    const birthday = addYears(birthDate, age);
    if (age >= jpPensionAge(yearOf(birthday))) return { date: birthday, age };
  }
}

export interface EligibilityInput {
  claimType: ClaimType;
  reason: ClaimReason;
  birthDate: IsoDate;
  membership: MembershipFacts;
  policy: DomainPolicy;
  today: IsoDate;
}

export function eligibilityChecks(input: EligibilityInput): PreCheck[] {
  const { claimType, reason } = input;
  if (claimType === 'JHT') return jhtChecks(input);
  if (claimType === 'JP' && reason === 'oldAge') return [jpAgeCheck(input), jpBenefitCheck(input)];
  const deathClaim = claimType === 'JKM' || reason === 'accidentDeath' || reason === 'survivor';
  return deathClaim ? [deathDateCheck(input)] : [];
}

function jhtChecks(input: EligibilityInput): PreCheck[] {
  switch (input.reason) {
    case 'resignation':
    case 'layoff':
    case 'contractEnd':
      return [workEndCheck(input)];
    case 'age56':
      return [jhtAgeCheck(input)];
    case 'partialRetirement':
    case 'partialHousing':
      return [partialCheck(input)];
    case 'leavingIndonesia':
      return [leavingCheck(input)];
    case 'death':
      return [deathDateCheck(input)];
    default:
      return [];
  }
}

function workEndCheck({ reason, membership, today }: EligibilityInput): PreCheck {
  // Permenaker 4/2022 art. 6(2)(b): a non-wage participant who stops working has no employer's
  // letter and no waiting period.
  if (membership.segment === 'BPU') return check('jhtWorkEnd', 'pass', 'precheck.jhtWorkEnd.nonWage');
  const workEnd = membership.workEndDate;
  if (workEnd === undefined) return check('jhtWorkEnd', 'warn', 'precheck.jhtWorkEnd.unknown');
  if (workEnd > today) return check('jhtWorkEnd', 'fail', 'precheck.jhtWorkEnd.future', { workEnd });
  // Art. 6(2)(a): a fixed-term contract's end is paid when it ends; resignation and PHK wait.
  const eligibleFrom = reason === 'contractEnd' ? workEnd : addMonths(workEnd, JHT_WAITING_MONTHS);
  return today >= eligibleFrom
    ? check('jhtWorkEnd', 'pass', 'precheck.jhtWorkEnd.ok', { workEnd, eligibleFrom })
    : check('jhtWorkEnd', 'fail', 'precheck.jhtWorkEnd.waiting', { workEnd, eligibleFrom });
}

// Permenaker 4/2022 art. 6(1): at 56, or at the pension age of the employment agreement.
function jhtAgeCheck({ birthDate, membership, policy, today }: EligibilityInput): PreCheck {
  const pensionAge = Math.min(policy.jhtPensionAge, membership.pensionAge ?? Number.POSITIVE_INFINITY);
  const age = ageOn(birthDate, today);
  return age >= pensionAge
    ? check('jhtPensionAge', 'pass', 'precheck.jhtPensionAge.ok', { age, pensionAge })
    : check('jhtPensionAge', 'fail', 'precheck.jhtPensionAge.tooYoung', {
        age,
        pensionAge,
        eligibleFrom: addYears(birthDate, pensionAge),
      });
}

// PP 46/2015 art. 22(4)–(6): after 10 years of membership, once.
function partialCheck({ reason, membership, today }: EligibilityInput): PreCheck {
  const percent = JHT_PARTIAL_PERCENT[reason as ClaimReason<'JHT'>] ?? 0;
  if (membership.partialClaimDate !== undefined) {
    return check('jhtPartial', 'fail', 'precheck.jhtPartial.already', { date: membership.partialClaimDate });
  }
  const since = membership.membershipStart;
  if (since === undefined) return check('jhtPartial', 'warn', 'precheck.jhtPartial.unknown', { percent });
  const eligibleFrom = addYears(since, JHT_PARTIAL_MIN_YEARS);
  if (today < eligibleFrom) {
    return check('jhtPartial', 'fail', 'precheck.jhtPartial.tooShort', { since, eligibleFrom });
  }
  // The partial claim is for participants still working; one who left claims the full balance.
  if (membership.workEndDate !== undefined && membership.workEndDate <= today) {
    return check('jhtPartial', 'warn', 'precheck.jhtPartial.workEnded', { workEnd: membership.workEndDate });
  }
  return check('jhtPartial', 'pass', 'precheck.jhtPartial.ok', { since, percent });
}

// Permenaker 4/2022 limits "leaving Indonesia for good" to foreign workers as we read it
// (unconfirmed, DOMAIN-SOURCES.md): for a citizen the CSO confirms the ground with a reason.
function leavingCheck({ membership }: EligibilityInput): PreCheck {
  return membership.foreigner === true
    ? check('leavingIndonesia', 'pass', 'precheck.leavingIndonesia.foreigner')
    : check('leavingIndonesia', 'warn', 'precheck.leavingIndonesia.citizen');
}

function deathDateCheck({ membership, today }: EligibilityInput): PreCheck {
  const date = membership.deathDate;
  if (date === undefined) return check('deathDate', 'warn', 'precheck.deathDate.unknown');
  return date <= today
    ? check('deathDate', 'pass', 'precheck.deathDate.ok', { date })
    : check('deathDate', 'fail', 'precheck.deathDate.future', { date });
}

function jpAgeCheck({ birthDate, today }: EligibilityInput): PreCheck {
  const { date, age } = jpEligibleFrom(birthDate);
  return today >= date
    ? check('jpPensionAge', 'pass', 'precheck.jpPensionAge.ok', { pensionAge: age, since: date })
    : check('jpPensionAge', 'fail', 'precheck.jpPensionAge.tooYoung', {
        pensionAge: age,
        eligibleFrom: date,
      });
}

function jpBenefitCheck({ membership }: EligibilityInput): PreCheck {
  const months = membership.jpContributionMonths;
  if (months === undefined) return check('jpBenefit', 'warn', 'precheck.jpBenefit.unknown');
  const params = { months, minimum: JP_MONTHLY_MIN_CONTRIBUTION_MONTHS };
  return months >= JP_MONTHLY_MIN_CONTRIBUTION_MONTHS
    ? check('jpBenefit', 'pass', 'precheck.jpBenefit.monthly', params)
    : check('jpBenefit', 'pass', 'precheck.jpBenefit.lumpSum', params);
}
