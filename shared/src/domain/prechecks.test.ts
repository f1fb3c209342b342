import { describe, expect, it } from 'vitest';
import { type PreCheck, type PreCheckInput, runPreChecks } from './prechecks.js';

const SITI: PreCheckInput = {
  nik: '3173054512900003',
  kpj: '19012345678',
  birthDate: '1990-12-05',
  sex: 'F',
  participantName: 'Siti Nurhaliza',
};

function byId(checks: PreCheck[], id: PreCheck['id']): PreCheck | undefined {
  return checks.find((c) => c.id === id);
}

describe('runPreChecks', () => {
  it('passes a consistent participant and skips checks without input', () => {
    expect(runPreChecks(SITI)).toEqual([
      { id: 'nikStructure', status: 'pass', messageKey: 'precheck.nikStructure.ok' },
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

  it('stops at the NIK structure and says how many digits were typed', () => {
    const checks = runPreChecks({ ...SITI, nik: '3173 0545 1290 003' });
    expect(byId(checks, 'nikStructure')).toEqual({
      id: 'nikStructure',
      status: 'fail',
      messageKey: 'nik.length',
      params: { count: 15 },
    });
    expect(byId(checks, 'nikBirthDate')).toBeUndefined();
    expect(byId(checks, 'nikSex')).toBeUndefined();
  });

  it('flags a birth date or sex that disagrees with the NIK', () => {
    const checks = runPreChecks({ ...SITI, birthDate: '1990-05-12', sex: 'M' });
    expect(byId(checks, 'nikBirthDate')).toMatchObject({
      status: 'fail',
      messageKey: 'precheck.nikBirthDate.mismatch',
      params: { nikBirthDate: '1990-12-05', statedBirthDate: '1990-05-12' },
    });
    expect(byId(checks, 'nikSex')).toMatchObject({ status: 'fail', messageKey: 'precheck.nikSex.nikFemale' });
    const man = runPreChecks({ ...SITI, nik: '3201011203850001', birthDate: '1985-03-12' });
    expect(byId(man, 'nikSex')).toMatchObject({ status: 'fail', messageKey: 'precheck.nikSex.nikMale' });
  });

  it('warns about an old KPJ card and fails an impossible one', () => {
    expect(byId(runPreChecks({ ...SITI, kpj: 'JN12345678' }), 'kpjFormat')).toEqual({
      id: 'kpjFormat',
      status: 'warn',
      messageKey: 'kpj.oldFormat',
    });
    expect(byId(runPreChecks({ ...SITI, kpj: '12345' }), 'kpjFormat')).toEqual({
      id: 'kpjFormat',
      status: 'fail',
      messageKey: 'kpj.length',
      params: { count: 5 },
    });
    expect(byId(runPreChecks({ ...SITI, kpj: '' }), 'kpjFormat')).toMatchObject({ messageKey: 'kpj.empty' });
  });

  it('does not need an NPWP for a small balance', () => {
    const checks = runPreChecks({ ...SITI, jhtBalance: 35_750_000 });
    expect(byId(checks, 'npwpRequired')).toEqual({
      id: 'npwpRequired',
      status: 'pass',
      messageKey: 'precheck.npwpRequired.notNeeded',
      params: { threshold: 50_000_000 },
    });
    expect(byId(checks, 'jhtTax')).toEqual({
      id: 'jhtTax',
      status: 'pass',
      messageKey: 'precheck.jhtTax.none',
      params: { balance: 35_750_000, tax: 0, net: 35_750_000 },
    });
    expect(byId(checks, 'npwpFormat')).toBeUndefined();
  });

  it('requires an NPWP above Rp50 million and shows the higher tax without one', () => {
    const checks = runPreChecks({ ...SITI, jhtBalance: 100_000_000 });
    expect(byId(checks, 'npwpRequired')).toMatchObject({
      status: 'fail',
      messageKey: 'precheck.npwpRequired.missing',
    });
    expect(byId(checks, 'jhtTax')).toEqual({
      id: 'jhtTax',
      status: 'warn',
      messageKey: 'precheck.jhtTax.noNpwpSurcharge',
      params: { balance: 100_000_000, tax: 3_000_000, net: 97_000_000, extra: 500_000 },
    });
  });

  it('accepts a valid NPWP and applies the normal rate', () => {
    const checks = runPreChecks({ ...SITI, jhtBalance: 100_000_000, npwp: '01.234.567.8-901.000' });
    expect(byId(checks, 'npwpFormat')).toMatchObject({
      status: 'pass',
      messageKey: 'precheck.npwpFormat.ok',
    });
    expect(byId(checks, 'npwpRequired')).toMatchObject({
      status: 'pass',
      messageKey: 'precheck.npwpRequired.provided',
    });
    expect(byId(checks, 'jhtTax')).toMatchObject({
      status: 'pass',
      messageKey: 'precheck.jhtTax.amount',
      params: { tax: 2_500_000, net: 97_500_000 },
    });
  });

  it('treats a malformed NPWP as missing', () => {
    const checks = runPreChecks({ ...SITI, jhtBalance: 100_000_000, npwp: '01.234.567' });
    expect(byId(checks, 'npwpFormat')).toMatchObject({ status: 'fail', messageKey: 'npwp.length' });
    expect(byId(checks, 'npwpRequired')).toMatchObject({ status: 'fail' });
    expect(byId(checks, 'jhtTax')).toMatchObject({ status: 'warn' });
  });

  it('grades the bank account name', () => {
    const grade = (accountHolder: string) => byId(runPreChecks({ ...SITI, accountHolder }), 'accountHolder');
    expect(grade('HJ SITI NURHALIZA')).toMatchObject({
      status: 'pass',
      messageKey: 'precheck.accountHolder.match',
    });
    expect(grade('SITI N')).toEqual({
      id: 'accountHolder',
      status: 'warn',
      messageKey: 'precheck.accountHolder.partial',
      params: { accountHolder: 'SITI N', participantName: 'Siti Nurhaliza' },
    });
    expect(grade('AGUS SETIAWAN')).toMatchObject({
      status: 'fail',
      messageKey: 'precheck.accountHolder.mismatch',
    });
    expect(grade('  ')).toBeUndefined();
  });
});
