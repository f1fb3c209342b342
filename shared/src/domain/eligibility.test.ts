import { describe, expect, it } from 'vitest';
import type { ClaimReason, ClaimType } from './claims.js';
import { eligibilityChecks, jpEligibleFrom, jpPensionAge, type MembershipFacts } from './eligibility.js';
import { DEFAULT_DOMAIN_POLICY } from './policy.js';

function only(
  claimType: ClaimType,
  reason: ClaimReason,
  membership: MembershipFacts,
  today: string,
  birthDate = '1990-12-05',
) {
  const checks = eligibilityChecks({
    claimType,
    reason,
    birthDate,
    membership,
    policy: DEFAULT_DOMAIN_POLICY,
    today,
  });
  expect(checks).toHaveLength(1);
  return checks[0]!;
}

describe('JHT after resignation or PHK: one-month waiting period (Permenaker 4/2022 art. 8, 10)', () => {
  it.each(['resignation', 'layoff'] as const)(
    '%s: the day before one month is too early, the day itself is fine',
    (reason) => {
      const membership = { workEndDate: '2026-01-15' };
      expect(only('JHT', reason, membership, '2026-02-14')).toMatchObject({
        id: 'jhtWorkEnd',
        status: 'fail',
        messageKey: 'precheck.jhtWorkEnd.waiting',
        params: { workEnd: '2026-01-15', eligibleFrom: '2026-02-15' },
      });
      expect(only('JHT', reason, membership, '2026-02-15')).toMatchObject({ status: 'pass' });
    },
  );

  it('a resignation on 31 January is payable from the last day of February', () => {
    expect(only('JHT', 'resignation', { workEndDate: '2026-01-31' }, '2026-02-27').status).toBe('fail');
    expect(only('JHT', 'resignation', { workEndDate: '2026-01-31' }, '2026-02-28').status).toBe('pass');
  });

  it('a contract end is payable when the contract ends (art. 6(2)(a))', () => {
    expect(only('JHT', 'contractEnd', { workEndDate: '2026-03-01' }, '2026-03-01').status).toBe('pass');
    expect(only('JHT', 'contractEnd', { workEndDate: '2026-03-01' }, '2026-02-28')).toMatchObject({
      status: 'fail',
      messageKey: 'precheck.jhtWorkEnd.future',
    });
  });

  it('a non-wage (BPU) participant has no waiting period (art. 6(2)(b))', () => {
    expect(only('JHT', 'resignation', { segment: 'BPU' }, '2026-03-01')).toMatchObject({
      status: 'pass',
      messageKey: 'precheck.jhtWorkEnd.nonWage',
    });
  });

  it('a migrant worker (PMI) waits like a wage earner', () => {
    expect(
      only('JHT', 'resignation', { segment: 'PMI', workEndDate: '2026-02-20' }, '2026-03-01').status,
    ).toBe('fail');
  });

  it('without the date work ended, asks the CSO to confirm it', () => {
    expect(only('JHT', 'layoff', {}, '2026-03-01')).toMatchObject({
      status: 'warn',
      messageKey: 'precheck.jhtWorkEnd.unknown',
    });
  });
});

describe('JHT at pension age (Permenaker 4/2022 art. 6(1))', () => {
  it('is due on the 56th birthday, not the day before', () => {
    expect(only('JHT', 'age56', {}, '2026-03-01', '1970-03-02')).toMatchObject({
      status: 'fail',
      params: { age: 55, pensionAge: 56, eligibleFrom: '2026-03-02' },
    });
    expect(only('JHT', 'age56', {}, '2026-03-02', '1970-03-02')).toMatchObject({
      status: 'pass',
      params: { age: 56, pensionAge: 56 },
    });
  });

  it('is due earlier when the company agreement sets an earlier pension age, never later', () => {
    expect(only('JHT', 'age56', { pensionAge: 55 }, '2026-03-02', '1971-03-02').status).toBe('pass');
    expect(only('JHT', 'age56', { pensionAge: 58 }, '2026-03-02', '1970-03-02').status).toBe('pass');
  });

  it('follows the branch setting for the default pension age', () => {
    const checks = eligibilityChecks({
      claimType: 'JHT',
      reason: 'age56',
      birthDate: '1970-03-02',
      membership: {},
      policy: { ...DEFAULT_DOMAIN_POLICY, jhtPensionAge: 57 },
      today: '2026-03-02',
    });
    expect(checks[0]).toMatchObject({ status: 'fail', params: { pensionAge: 57 } });
  });
});

describe('JHT partial 10 % / 30 % (PP 46/2015 art. 22)', () => {
  it('needs exactly 10 years of membership', () => {
    const membership = { membershipStart: '2016-03-01' };
    expect(only('JHT', 'partialRetirement', membership, '2026-02-28')).toMatchObject({
      status: 'fail',
      messageKey: 'precheck.jhtPartial.tooShort',
      params: { eligibleFrom: '2026-03-01' },
    });
    expect(only('JHT', 'partialHousing', membership, '2026-03-01')).toMatchObject({
      status: 'pass',
      params: { percent: 30 },
    });
    expect(only('JHT', 'partialRetirement', membership, '2026-03-01').params?.percent).toBe(10);
  });

  it('is allowed once', () => {
    expect(
      only(
        'JHT',
        'partialHousing',
        { membershipStart: '2000-01-01', partialClaimDate: '2021-05-10' },
        '2026-03-01',
      ),
    ).toMatchObject({ status: 'fail', messageKey: 'precheck.jhtPartial.already' });
  });

  it('asks to confirm the membership start when unknown, and a work end on record', () => {
    expect(only('JHT', 'partialRetirement', {}, '2026-03-01').status).toBe('warn');
    expect(
      only(
        'JHT',
        'partialRetirement',
        { membershipStart: '2000-01-01', workEndDate: '2025-12-31' },
        '2026-03-01',
      ),
    ).toMatchObject({ status: 'warn', messageKey: 'precheck.jhtPartial.workEnded' });
  });
});

describe('JHT leaving Indonesia, death claims', () => {
  it('leaving Indonesia passes for a foreigner and needs confirmation for anyone else', () => {
    expect(only('JHT', 'leavingIndonesia', { foreigner: true }, '2026-03-01').status).toBe('pass');
    expect(only('JHT', 'leavingIndonesia', {}, '2026-03-01').status).toBe('warn');
  });

  it.each([
    ['JHT', 'death'],
    ['JKM', 'standard'],
    ['JKK', 'accidentDeath'],
    ['JP', 'survivor'],
  ] as const)('%s/%s: date of death from the branch data, or to confirm', (type, reason) => {
    expect(only(type, reason, { deathDate: '2026-01-02' }, '2026-03-01')).toMatchObject({
      id: 'deathDate',
      status: 'pass',
    });
    expect(only(type, reason, {}, '2026-03-01').status).toBe('warn');
    expect(only(type, reason, { deathDate: '2026-04-01' }, '2026-03-01').status).toBe('fail');
  });

  it('checks no dates for a work accident or disability', () => {
    const args = {
      birthDate: '1990-12-05',
      membership: {},
      policy: DEFAULT_DOMAIN_POLICY,
      today: '2026-03-01',
    };
    expect(eligibilityChecks({ claimType: 'JKK', reason: 'workAccident', ...args })).toEqual([]);
    expect(eligibilityChecks({ claimType: 'JHT', reason: 'disability', ...args })).toEqual([]);
  });
});

describe('JP pension age (PP 45/2015 art. 15)', () => {
  it('is 56 until 2018, 57 from 2019, 59 from 2025, +1 every 3 years to 65', () => {
    expect(jpPensionAge(2018)).toBe(56);
    expect(jpPensionAge(2019)).toBe(57);
    expect(jpPensionAge(2021)).toBe(57);
    expect(jpPensionAge(2022)).toBe(58);
    expect(jpPensionAge(2024)).toBe(58);
    expect(jpPensionAge(2025)).toBe(59);
    expect(jpPensionAge(2027)).toBe(59);
    expect(jpPensionAge(2028)).toBe(60);
    expect(jpPensionAge(2042)).toBe(64);
    expect(jpPensionAge(2043)).toBe(65);
    expect(jpPensionAge(2060)).toBe(65);
  });

  it('keeps a participant who qualified at 58 in 2024 qualified in 2025', () => {
    expect(jpEligibleFrom('1966-06-01')).toEqual({ date: '2024-06-01', age: 58 });
    const [age] = eligibilityChecks({
      claimType: 'JP',
      reason: 'oldAge',
      birthDate: '1966-06-01',
      membership: {},
      policy: DEFAULT_DOMAIN_POLICY,
      today: '2025-01-10',
    });
    expect(age).toMatchObject({ id: 'jpPensionAge', status: 'pass' });
  });

  it('makes a participant who turns 58 in 2025 wait for 59', () => {
    expect(jpEligibleFrom('1967-03-01')).toEqual({ date: '2026-03-01', age: 59 });
    const checks = eligibilityChecks({
      claimType: 'JP',
      reason: 'oldAge',
      birthDate: '1967-03-01',
      membership: { jpContributionMonths: 200 },
      policy: DEFAULT_DOMAIN_POLICY,
      today: '2026-02-28',
    });
    expect(checks[0]).toMatchObject({ id: 'jpPensionAge', status: 'fail', params: { pensionAge: 59 } });
  });
});

describe('JP monthly pension or lump sum: 15 years of contributions', () => {
  const benefit = (months?: number) =>
    eligibilityChecks({
      claimType: 'JP',
      reason: 'oldAge',
      birthDate: '1960-01-01',
      membership: months === undefined ? {} : { jpContributionMonths: months },
      policy: DEFAULT_DOMAIN_POLICY,
      today: '2026-03-01',
    })[1]!;

  it('pays monthly from exactly 180 months, a lump sum below', () => {
    expect(benefit(180)).toMatchObject({ id: 'jpBenefit', messageKey: 'precheck.jpBenefit.monthly' });
    expect(benefit(179)).toMatchObject({ id: 'jpBenefit', messageKey: 'precheck.jpBenefit.lumpSum' });
  });

  it('asks to confirm when the contribution months are unknown', () => {
    expect(benefit()).toMatchObject({ status: 'warn', messageKey: 'precheck.jpBenefit.unknown' });
  });
});
