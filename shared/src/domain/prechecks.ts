// The automatic checks on the CSO's panel, and the same checks behind the server's approval gate
// (approval.ts). Inputs that are unknown are not guessed: a check that needs them is either left
// out (nothing to compare yet) or reported as "to confirm" when approving without it would skip a
// control (the bank account's holder, a JHT balance for the NPWP rule).

import { type PreCheck, type PreCheckStatus, check, codeSuffix } from './checkResult.js';
import { type ClaimReason, type ClaimType, isDeathClaim, JHT_PARTIAL_PERCENT } from './claims.js';
import { localIsoDate, yearOf, type IsoDate } from './dates.js';
import { eligibilityChecks, type MembershipFacts } from './eligibility.js';
import { validateKpj } from './kpj.js';
import { accountHolderMatches } from './names.js';
import { cleanNik, nikMatchesParticipant, parseNik, type Sex } from './nik.js';
import { normalizeNpwp, npwpAgainstNik } from './npwp.js';
import { DEFAULT_DOMAIN_POLICY, type DomainPolicy } from './policy.js';
import { JHT_NPWP_REQUIRED_ABOVE, jhtNpwpRequired, jhtTax } from './tax.js';

export interface PreCheckInput {
  nik: string;
  kpj: string;
  birthDate: IsoDate;
  sex: Sex;
  participantName: string;
  /** With a valid claim, its eligibility, tax and bank-account rules are checked too. */
  claim?: { type: ClaimType; reason: ClaimReason };
  npwp?: string;
  jhtBalance?: number; // rupiah
  accountHolder?: string;
  /** For death and survivor claims the account is the heir's and is compared with this name. */
  heirName?: string;
  membership?: MembershipFacts;
  policy?: DomainPolicy;
  today?: IsoDate;
}

export function runPreChecks(input: PreCheckInput): PreCheck[] {
  const today = input.today ?? localIsoDate();
  const membership = input.membership ?? {};
  const checks = [...nikChecks(input), kpjCheck(input.kpj), ...npwpFormatCheck(input, membership)];
  const { claim } = input;
  if (!claim) return [...checks, ...accountHolderCheck(input, false)];
  if (claim.type === 'JHT') checks.push(...jhtTaxChecks(input, membership, today));
  checks.push(...accountHolderCheck(input, true));
  if (/^\d{4}-\d{2}-\d{2}$/.test(input.birthDate)) {
    const policy = input.policy ?? DEFAULT_DOMAIN_POLICY;
    checks.push(
      ...eligibilityChecks({
        claimType: claim.type,
        reason: claim.reason,
        birthDate: input.birthDate,
        membership,
        policy,
        today,
      }),
    );
  }
  return checks;
}

function nikChecks({ nik, birthDate, sex }: PreCheckInput): PreCheck[] {
  const parsed = parseNik(nik);
  if (!parsed.ok) {
    const key = `precheck.nikStructure.${codeSuffix('nik', parsed.error)}` as const;
    return [check('nikStructure', 'fail', key, { count: cleanNik(nik).length })];
  }
  const match = nikMatchesParticipant(parsed.value.nik, { birthDate, sex });
  // PP 40/2019 art. 30: a NIK never changes, even after the birth date on record is corrected,
  // so a NIK that disagrees with the stated birth date or sex is a warning for the CSO, not a fail.
  return [
    check('nikStructure', 'pass', 'precheck.nikStructure.ok', { province: parsed.value.provinceName }),
    match.birthDateMatches
      ? check('nikBirthDate', 'pass', 'precheck.nikBirthDate.ok', { birthDate })
      : check('nikBirthDate', 'warn', 'precheck.nikBirthDate.mismatch', {
          nikBirthDate: parsed.value.birthDate,
          statedBirthDate: birthDate,
        }),
    match.sexMatches
      ? check('nikSex', 'pass', 'precheck.nikSex.ok')
      : check(
          'nikSex',
          'warn',
          parsed.value.sex === 'F' ? 'precheck.nikSex.nikFemale' : 'precheck.nikSex.nikMale',
        ),
  ];
}

function kpjCheck(kpj: string): PreCheck {
  const result = validateKpj(kpj);
  if (!result.ok) {
    const key = `precheck.kpjFormat.${codeSuffix('kpj', result.error)}` as const;
    return check('kpjFormat', 'fail', key, { count: kpj.replace(/\D/g, '').length });
  }
  if (result.warning) return check('kpjFormat', 'warn', 'precheck.kpjFormat.oldFormat');
  return check('kpjFormat', 'pass', 'precheck.kpjFormat.ok');
}

// PMK 112/2022: a resident individual's NPWP is the NIK; the "0" + 15-digit form is for others.
function npwpFormatCheck({ npwp, nik }: PreCheckInput, membership: MembershipFacts): PreCheck[] {
  if (npwp === undefined || npwp.trim() === '') return [];
  const parsed = normalizeNpwp(npwp);
  if (!parsed.ok) {
    return [check('npwpFormat', 'fail', `precheck.npwpFormat.${codeSuffix('npwp', parsed.error)}` as const)];
  }
  switch (npwpAgainstNik(parsed.value, nik)) {
    case 'sameAsNik':
      return [check('npwpFormat', 'pass', 'precheck.npwpFormat.sameAsNik')];
    case 'otherNik':
      return [check('npwpFormat', 'fail', 'precheck.npwpFormat.otherNik', { npwp: parsed.value })];
    default:
      return [
        membership.foreigner === true
          ? check('npwpFormat', 'pass', 'precheck.npwpFormat.legacy', { npwp: parsed.value })
          : check('npwpFormat', 'warn', 'precheck.npwpFormat.legacyResident', { npwp: parsed.value, nik }),
      ];
  }
}

/** An NPWP that can be used for this participant: valid, and not somebody else's NIK. */
function usableNpwp({ npwp, nik }: PreCheckInput): boolean {
  if (npwp === undefined || npwp.trim() === '') return false;
  const relation = npwpAgainstNik(npwp, nik);
  return relation === 'sameAsNik' || relation === 'legacy';
}

function jhtTaxChecks(input: PreCheckInput, membership: MembershipFacts, today: IsoDate): PreCheck[] {
  const { jhtBalance } = input;
  const earlierPartial = membership.partialClaimDate;
  const hasNpwp = usableNpwp(input);
  const checks: PreCheck[] = [];
  if (jhtBalance === undefined) {
    // Without the balance the NPWP rule cannot be applied, unless an earlier partial claim decides it.
    if (earlierPartial === undefined)
      return [check('npwpRequired', 'warn', 'precheck.npwpRequired.unknownBalance')];
  }
  const required = jhtNpwpRequired({
    balance: jhtBalance ?? 0,
    earlierPartialClaim: earlierPartial !== undefined,
  });
  const params = { threshold: JHT_NPWP_REQUIRED_ABOVE };
  if (!required) checks.push(check('npwpRequired', 'pass', 'precheck.npwpRequired.notNeeded', params));
  else if (hasNpwp) checks.push(check('npwpRequired', 'pass', 'precheck.npwpRequired.provided', params));
  else if (earlierPartial !== undefined && (jhtBalance ?? 0) <= JHT_NPWP_REQUIRED_ABOVE)
    checks.push(
      check('npwpRequired', 'fail', 'precheck.npwpRequired.missingAfterPartial', { date: earlierPartial }),
    );
  else checks.push(check('npwpRequired', 'fail', 'precheck.npwpRequired.missing', params));
  if (jhtBalance !== undefined) checks.push(taxCheck(input, jhtBalance, hasNpwp, membership, today));
  return checks;
}

function taxCheck(
  input: PreCheckInput,
  balance: number,
  hasNpwp: boolean,
  membership: MembershipFacts,
  today: IsoDate,
): PreCheck {
  const percent = JHT_PARTIAL_PERCENT[input.claim?.reason as ClaimReason<'JHT'>];
  const amount = percent === undefined ? balance : Math.floor((balance * percent) / 100);
  const surchargePercent = (input.policy ?? DEFAULT_DOMAIN_POLICY).noNpwpSurchargePercent;
  const earlier = membership.partialClaimDate;
  const taxed = jhtTax({
    amount,
    hasNpwp,
    paymentYear: yearOf(today),
    ...(earlier === undefined
      ? {}
      : { firstPaymentYear: yearOf(earlier), paidEarlier: membership.partialClaimAmount ?? 0 }),
    noNpwpSurchargePercent: surchargePercent,
  });
  const params = { amount, tax: taxed.tax, net: taxed.net };
  if (!hasNpwp && surchargePercent > 0 && taxed.tax > 0) {
    return check('jhtTax', 'warn', 'precheck.jhtTax.surcharge', { ...params, surcharge: surchargePercent });
  }
  if (taxed.tax === 0) return check('jhtTax', 'pass', 'precheck.jhtTax.none', params);
  return taxed.regime === 'final'
    ? check('jhtTax', 'pass', 'precheck.jhtTax.final', params)
    : check('jhtTax', 'pass', 'precheck.jhtTax.progressive', { ...params, since: yearOf(earlier ?? today) });
}

// The account must be the claimant's: the participant's, or the heir's for a death claim.
function accountHolderCheck(input: PreCheckInput, claimKnown: boolean): PreCheck[] {
  const { accountHolder, claim } = input;
  const typed = accountHolder !== undefined && accountHolder.trim() !== '';
  // Before a claim is chosen there is nothing to pay into yet: compare only what was typed.
  if (!typed) return claimKnown ? [check('accountHolder', 'warn', 'precheck.accountHolder.missing')] : [];
  if (claim && isDeathClaim(claim.type, claim.reason)) {
    const heir = input.heirName?.trim() ?? '';
    if (heir === '')
      return [check('accountHolder', 'warn', 'precheck.accountHolder.heirUnknown', { accountHolder })];
    const result = accountHolderMatches(accountHolder, heir);
    const key = `precheck.accountHolder.heir${capitalize(result)}` as const;
    return [check('accountHolder', STATUS[result], key, { accountHolder, heirName: heir })];
  }
  const name = input.participantName.trim();
  if (name === '')
    return [check('accountHolder', 'warn', 'precheck.accountHolder.nameUnknown', { accountHolder })];
  const result = accountHolderMatches(accountHolder, name);
  return [
    check('accountHolder', STATUS[result], `precheck.accountHolder.${result}`, {
      accountHolder,
      participantName: name,
    }),
  ];
}

const STATUS = { match: 'pass', partial: 'warn', mismatch: 'fail' } as const satisfies Record<
  string,
  PreCheckStatus
>;

function capitalize<S extends string>(s: S): Capitalize<S> {
  return (s.charAt(0).toUpperCase() + s.slice(1)) as Capitalize<S>;
}
