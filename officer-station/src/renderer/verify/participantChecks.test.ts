import { describe, expect, it } from 'vitest';
import { slotView } from '../test-support/slotView.js';
import {
  draftFromMembership,
  EMPTY_FACTS,
  factsFromDraft,
  parseRupiah,
  participantChecks,
} from './participantChecks.js';

const session = (extra: Parameters<typeof slotView>[1] = {}) => slotView(0, extra).session!;

describe('participantChecks', () => {
  it('checks the NIK against the stated birth date and sex, and the KPJ', () => {
    const checks = participantChecks(session(), {})!;
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['nikStructure', 'pass'],
      ['nikBirthDate', 'pass'],
      ['nikSex', 'pass'],
      ['kpjFormat', 'pass'],
    ]);
  });

  it('flags a NIK that says female for a man', () => {
    const checks = participantChecks(session({ sex: 'M' }), {})!;
    expect(checks.find((c) => c.id === 'nikSex')).toMatchObject({
      status: 'fail',
      messageKey: 'precheck.nikSex.nikFemale',
    });
  });

  it('adds the NPWP requirement and the JHT tax once the balance is known', () => {
    const checks = participantChecks(session(), { jhtBalance: 87_250_000 })!;
    expect(checks.find((c) => c.id === 'npwpRequired')?.status).toBe('fail');
    expect(checks.find((c) => c.id === 'jhtTax')).toMatchObject({
      status: 'warn',
      messageKey: 'precheck.jhtTax.noNpwpSurcharge',
      params: { balance: 87_250_000, tax: 2_235_000, net: 85_015_000, extra: 372_500 },
    });
  });

  it('leaves the tax out of a non-JHT claim', () => {
    const checks = participantChecks(session({ claimType: 'JKK', reason: 'standard' }), {
      jhtBalance: 87_250_000,
    })!;
    expect(checks.some((c) => c.id === 'jhtTax')).toBe(false);
  });

  it('compares the savings-book name with the participant', () => {
    const checks = participantChecks(session(), { accountHolder: 'SITI A' })!;
    expect(checks.find((c) => c.id === 'accountHolder')?.status).toBe('warn');
    expect(
      participantChecks(session({ participantName: null }), { accountHolder: 'SITI A' })!.some(
        (c) => c.id === 'accountHolder',
      ),
    ).toBe(false);
  });

  it('has nothing to check without an identity', () => {
    expect(participantChecks(session({ nik: null }), {})).toBeNull();
  });
});

describe('parseRupiah', () => {
  it('accepts grouped and plain amounts, with or without Rp', () => {
    expect(parseRupiah('42.500.000')).toBe(42_500_000);
    expect(parseRupiah('Rp 87250000')).toBe(87_250_000);
    expect(parseRupiah('rp.1.000')).toBe(1000);
  });
  it('refuses what is not a whole rupiah amount', () => {
    expect(parseRupiah('')).toBeUndefined();
    expect(parseRupiah('12,5')).toBeUndefined();
    expect(parseRupiah('-5')).toBeUndefined();
  });
});

describe('factsFromDraft', () => {
  it('keeps only what was typed, trimmed, and a balance only when it is an amount', () => {
    expect(factsFromDraft({ balance: '', npwp: ' ', accountHolder: '' })).toEqual({});
    expect(
      factsFromDraft({
        balance: '87.250.000',
        npwp: ' 09.254.294.3-407.000 ',
        accountHolder: 'SITI AMINAH ',
      }),
    ).toEqual({
      jhtBalance: 87_250_000,
      npwp: '09.254.294.3-407.000',
      accountHolder: 'SITI AMINAH',
    });
    expect(factsFromDraft({ balance: 'banyak', npwp: '', accountHolder: '' })).toEqual({});
  });
});

describe('draftFromMembership', () => {
  it('prefills the case facts from the branch membership data, which then drive the checks', () => {
    const draft = draftFromMembership({ jhtBalance: 87_250_000, npwp: null, accountHolder: 'AGUS PRATAMA' });
    expect(draft).toEqual({ balance: '87250000', npwp: '', accountHolder: 'AGUS PRATAMA' });
    expect(factsFromDraft(draft)).toEqual({ jhtBalance: 87_250_000, accountHolder: 'AGUS PRATAMA' });
  });
  it('leaves the fields empty for a participant the branch does not know', () => {
    expect(draftFromMembership(null)).toBe(EMPTY_FACTS);
  });
});
