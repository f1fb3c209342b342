import { describe, expect, it } from 'vitest';
import type { PreCheck } from './checkResult.js';
import { type PreCheckInput, runPreChecks } from './prechecks.js';

const TODAY = '2026-03-02';
const SITI: PreCheckInput = {
  nik: '3173054512900003',
  kpj: '19012345678',
  birthDate: '1990-12-05',
  sex: 'F',
  participantName: 'Siti Nurhaliza',
  today: TODAY,
};
const JHT_RESIGNATION = { type: 'JHT', reason: 'resignation' } as const;
const RESIGNED = { workEndDate: '2026-01-15', segment: 'PU' } as const;

function byId(checks: PreCheck[], id: PreCheck['id']): PreCheck | undefined {
  return checks.find((c) => c.id === id);
}

describe('identity', () => {
  it('passes a consistent participant and skips checks without input', () => {
    expect(runPreChecks(SITI)).toEqual([
      {
        id: 'nikStructure',
        status: 'pass',
        messageKey: 'precheck.nikStructure.ok',
        params: { province: 'DKI Jakarta' },
      },
      {
        id: 'nikBirthDate',
        status: 'pass',
        messageKey: 'precheck.nikBirthDate.ok',
        params: { birthDate: '1990-12-05' },
      },
      { id: 'nikSex', status: 'pass', messageKey: 'precheck.nikSex.ok' },
      { id: 'kpjFormat', status: 'pass', messageKey: 'precheck.kpjFormat.ok' },
    ]);
  });

  it('stops at the NIK structure and tells the CSO what is wrong', () => {
    const checks = runPreChecks({ ...SITI, nik: '3173 0545 1290 003' });
    expect(byId(checks, 'nikStructure')).toEqual({
      id: 'nikStructure',
      status: 'fail',
      messageKey: 'precheck.nikStructure.length',
      params: { count: 15 },
    });
    expect(byId(checks, 'nikBirthDate')).toBeUndefined();
    expect(byId(runPreChecks({ ...SITI, nik: '3100054512900003' }), 'nikStructure')?.messageKey).toBe(
      'precheck.nikStructure.regency',
    );
  });

  it('warns, never fails, when the birth date or sex disagrees with the NIK (PP 40/2019 art. 30)', () => {
    const checks = runPreChecks({ ...SITI, birthDate: '1990-05-12', sex: 'M' });
    expect(byId(checks, 'nikBirthDate')).toMatchObject({
      status: 'warn',
      messageKey: 'precheck.nikBirthDate.mismatch',
      params: { nikBirthDate: '1990-12-05', statedBirthDate: '1990-05-12' },
    });
    expect(byId(checks, 'nikSex')).toMatchObject({ status: 'warn', messageKey: 'precheck.nikSex.nikFemale' });
    const man = runPreChecks({ ...SITI, nik: '3201011203850001', birthDate: '1985-03-12' });
    expect(byId(man, 'nikSex')).toMatchObject({ status: 'warn', messageKey: 'precheck.nikSex.nikMale' });
  });

  it('warns about an old KPJ card and fails an impossible one', () => {
    expect(byId(runPreChecks({ ...SITI, kpj: 'JN12345678' }), 'kpjFormat')).toMatchObject({
      status: 'warn',
      messageKey: 'precheck.kpjFormat.oldFormat',
    });
    expect(byId(runPreChecks({ ...SITI, kpj: '1234' }), 'kpjFormat')).toMatchObject({
      status: 'fail',
      messageKey: 'precheck.kpjFormat.length',
      params: { count: 4 },
    });
  });
});

describe('NPWP (PMK 112/2022)', () => {
  const npwp = (value: string, foreigner?: boolean) =>
    byId(
      runPreChecks({
        ...SITI,
        npwp: value,
        ...(foreigner === undefined ? {} : { membership: { foreigner } }),
      }),
      'npwpFormat',
    );

  it('accepts the participant’s own NIK as NPWP', () => {
    expect(npwp('3173054512900003')).toMatchObject({
      status: 'pass',
      messageKey: 'precheck.npwpFormat.sameAsNik',
    });
  });

  it('fails a 16-digit NPWP that is another person’s NIK, and an all-zero one', () => {
    expect(npwp('3201011708850001')).toMatchObject({
      status: 'fail',
      messageKey: 'precheck.npwpFormat.otherNik',
    });
    expect(npwp('0000000000000000')).toMatchObject({
      status: 'fail',
      messageKey: 'precheck.npwpFormat.zero',
    });
    expect(npwp('12.345')).toMatchObject({ status: 'fail', messageKey: 'precheck.npwpFormat.length' });
  });

  it('accepts the "0" + 15-digit form for a foreigner, and asks the CSO to confirm it for a resident', () => {
    expect(npwp('01.234.567.8-901.000', true)).toMatchObject({
      status: 'pass',
      messageKey: 'precheck.npwpFormat.legacy',
    });
    expect(npwp('01.234.567.8-901.000')).toMatchObject({
      status: 'warn',
      messageKey: 'precheck.npwpFormat.legacyResident',
      params: { npwp: '0012345678901000', nik: '3173054512900003' },
    });
  });
});

describe('NPWP requirement and JHT tax', () => {
  const jht = (extra: Partial<PreCheckInput>) =>
    runPreChecks({
      ...SITI,
      claim: JHT_RESIGNATION,
      membership: RESIGNED,
      accountHolder: 'SITI NURHALIZA',
      ...extra,
    });

  it('needs no NPWP at exactly Rp50,000,000, and one at Rp50,000,001', () => {
    expect(byId(jht({ jhtBalance: 50_000_000 }), 'npwpRequired')?.status).toBe('pass');
    expect(byId(jht({ jhtBalance: 50_000_001 }), 'npwpRequired')).toMatchObject({
      status: 'fail',
      messageKey: 'precheck.npwpRequired.missing',
    });
    expect(byId(jht({ jhtBalance: 50_000_001, npwp: '3173054512900003' }), 'npwpRequired')?.status).toBe(
      'pass',
    );
  });

  it('does not count somebody else’s NIK as the participant’s NPWP', () => {
    expect(byId(jht({ jhtBalance: 87_000_000, npwp: '3201011708850001' }), 'npwpRequired')?.status).toBe(
      'fail',
    );
  });

  it('needs an NPWP after an earlier partial claim even for a small balance', () => {
    const checks = jht({
      jhtBalance: 10_000_000,
      membership: { ...RESIGNED, partialClaimDate: '2020-06-01', partialClaimAmount: 1_000_000 },
    });
    expect(byId(checks, 'npwpRequired')).toMatchObject({
      status: 'fail',
      messageKey: 'precheck.npwpRequired.missingAfterPartial',
      params: { date: '2020-06-01' },
    });
  });

  it('asks to confirm the NPWP rule while the balance is unknown', () => {
    expect(byId(jht({}), 'npwpRequired')).toMatchObject({
      status: 'warn',
      messageKey: 'precheck.npwpRequired.unknownBalance',
    });
    expect(byId(jht({}), 'jhtTax')).toBeUndefined();
  });

  it('shows the final tax as information, without a surcharge by default', () => {
    expect(byId(jht({ jhtBalance: 87_250_000 }), 'jhtTax')).toEqual({
      id: 'jhtTax',
      status: 'pass',
      messageKey: 'precheck.jhtTax.final',
      params: { amount: 87_250_000, tax: 1_862_500, net: 85_387_500 },
    });
  });

  it('shows the surcharge only when the branch turns it on', () => {
    const checks = jht({
      jhtBalance: 100_000_000,
      policy: { jhtPensionAge: 56, noNpwpSurchargePercent: 20 },
    });
    expect(byId(checks, 'jhtTax')).toMatchObject({
      status: 'warn',
      messageKey: 'precheck.jhtTax.surcharge',
      params: { tax: 3_000_000, surcharge: 20 },
    });
  });

  it('taxes the rest after a partial claim progressively from the third calendar year', () => {
    const membership = { ...RESIGNED, partialClaimDate: '2024-05-01', partialClaimAmount: 20_000_000 };
    const year3 = jht({ jhtBalance: 180_000_000, npwp: '3173054512900003', membership });
    expect(byId(year3, 'jhtTax')).toMatchObject({
      messageKey: 'precheck.jhtTax.progressive',
      params: { tax: 21_000_000, since: 2024 },
    });
    const year2 = jht({ jhtBalance: 180_000_000, npwp: '3173054512900003', membership, today: '2025-12-31' });
    expect(byId(year2, 'jhtTax')).toMatchObject({
      messageKey: 'precheck.jhtTax.final',
      params: { tax: 7_500_000 },
    });
  });

  it('taxes a partial claim on the part paid out', () => {
    const checks = runPreChecks({
      ...SITI,
      claim: { type: 'JHT', reason: 'partialHousing' },
      jhtBalance: 300_000_000,
      npwp: '3173054512900003',
      membership: { membershipStart: '2010-01-01' },
    });
    // 30 % of 300 m = 90 m; 5 % of 40 m
    expect(byId(checks, 'jhtTax')?.params).toMatchObject({ amount: 90_000_000, tax: 2_000_000 });
  });

  it('leaves the tax out of a non-JHT claim', () => {
    const checks = runPreChecks({
      ...SITI,
      claim: { type: 'JKK', reason: 'workAccident' },
      jhtBalance: 87_000_000,
    });
    expect(byId(checks, 'jhtTax')).toBeUndefined();
    expect(byId(checks, 'npwpRequired')).toBeUndefined();
  });
});

describe('bank account holder', () => {
  it('compares a living participant’s account with the participant', () => {
    const checks = (holder: string) =>
      byId(runPreChecks({ ...SITI, claim: JHT_RESIGNATION, accountHolder: holder }), 'accountHolder');
    expect(checks('HJ SITI NURHALIZA')?.status).toBe('pass');
    expect(checks('SITI N')?.status).toBe('warn');
    expect(checks('AGUS PRATAMA')).toMatchObject({
      status: 'fail',
      messageKey: 'precheck.accountHolder.mismatch',
    });
  });

  it('compares a death claim’s account with the heir, not the deceased', () => {
    const death = {
      ...SITI,
      claim: { type: 'JKM', reason: 'standard' } as const,
      accountHolder: 'AGUS PRATAMA',
    };
    expect(byId(runPreChecks({ ...death, heirName: 'Agus Pratama' }), 'accountHolder')).toMatchObject({
      status: 'pass',
      messageKey: 'precheck.accountHolder.heirMatch',
    });
    expect(byId(runPreChecks({ ...death, heirName: 'Rudi Hartono' }), 'accountHolder')).toMatchObject({
      status: 'fail',
      messageKey: 'precheck.accountHolder.heirMismatch',
    });
    expect(byId(runPreChecks(death), 'accountHolder')).toMatchObject({
      status: 'warn',
      messageKey: 'precheck.accountHolder.heirUnknown',
    });
  });

  it('asks to confirm a claim without the savings book’s name or without the participant’s name', () => {
    expect(byId(runPreChecks({ ...SITI, claim: JHT_RESIGNATION }), 'accountHolder')?.status).toBe('warn');
    expect(
      byId(
        runPreChecks({ ...SITI, claim: JHT_RESIGNATION, participantName: ' ', accountHolder: 'SITI' }),
        'accountHolder',
      ),
    ).toMatchObject({ status: 'warn', messageKey: 'precheck.accountHolder.nameUnknown' });
    expect(byId(runPreChecks(SITI), 'accountHolder')).toBeUndefined();
  });
});

describe('eligibility dates in the pre-checks', () => {
  it('includes the waiting period of a resignation', () => {
    const checks = runPreChecks({
      ...SITI,
      claim: JHT_RESIGNATION,
      membership: { workEndDate: '2026-02-10' },
    });
    expect(byId(checks, 'jhtWorkEnd')).toMatchObject({
      status: 'fail',
      params: { eligibleFrom: '2026-03-10' },
    });
  });
});
