import { DEFAULT_DOMAIN_POLICY } from '@bilik/shared';
import { describe, expect, it } from 'vitest';
import { membershipRecord, slotView } from '../test-support/slotView.js';
import {
  draftFromMembership,
  EMPTY_FACTS,
  factsFromDraft,
  overrulesFromDraft,
  parseRupiah,
  participantChecks,
} from './participantChecks.js';

const session = (extra: Parameters<typeof slotView>[1] = {}) => slotView(0, extra).session!;
const TODAY = '2026-03-02';
const checksOf = (s: ReturnType<typeof session>, facts: Parameters<typeof participantChecks>[1]) =>
  participantChecks(s, facts, DEFAULT_DOMAIN_POLICY, TODAY);

describe('participantChecks', () => {
  it('checks identity, the NPWP rule, the account holder and the dates for a JHT resignation', () => {
    const checks = checksOf(session(), {})!;
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['nikStructure', 'pass'],
      ['nikBirthDate', 'pass'],
      ['nikSex', 'pass'],
      ['kpjFormat', 'pass'],
      ['npwpRequired', 'warn'],
      ['accountHolder', 'warn'],
      ['jhtWorkEnd', 'warn'],
    ]);
  });

  it('warns, not fails, when the NIK says female for a man', () => {
    expect(checksOf(session({ sex: 'M' }), {})!.find((c) => c.id === 'nikSex')).toMatchObject({
      status: 'warn',
      messageKey: 'precheck.nikSex.nikFemale',
    });
  });

  it('uses the membership dates the server sends', () => {
    const membership = membershipRecord({ workEndDate: '2026-02-20', segment: 'PU' });
    expect(checksOf(session({ membership }), {})!.find((c) => c.id === 'jhtWorkEnd')).toMatchObject({
      status: 'fail',
      params: { eligibleFrom: '2026-03-20' },
    });
  });

  it('leaves the JHT tax out of a non-JHT claim', () => {
    const checks = checksOf(session({ claimType: 'JKK', reason: 'workAccident' }), {
      jhtBalance: 87_250_000,
    })!;
    expect(checks.some((c) => c.id === 'jhtTax')).toBe(false);
  });

  it('has nothing to check without an identity', () => {
    expect(checksOf(session({ nik: null }), {})).toBeNull();
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
    expect(factsFromDraft(EMPTY_FACTS)).toEqual({});
    expect(
      factsFromDraft({
        ...EMPTY_FACTS,
        balance: '87.250.000',
        npwp: ' 09.254.294.3-407.000 ',
        accountHolder: 'SITI AMINAH ',
        heirName: ' Sri Rahayu',
      }),
    ).toEqual({
      jhtBalance: 87_250_000,
      npwp: '09.254.294.3-407.000',
      accountHolder: 'SITI AMINAH',
      heirName: 'Sri Rahayu',
    });
    expect(factsFromDraft({ ...EMPTY_FACTS, balance: 'banyak' })).toEqual({});
  });
});

describe('draftFromMembership', () => {
  it('prefills the case facts from the branch membership data, which then drive the checks', () => {
    const draft = draftFromMembership(
      membershipRecord({ jhtBalance: 87_250_000, accountHolder: 'AGUS PRATAMA', heirName: 'Sri Rahayu' }),
    );
    expect(draft).toEqual({
      balance: '87250000',
      npwp: '',
      accountHolder: 'AGUS PRATAMA',
      heirName: 'Sri Rahayu',
      overrules: {},
    });
    expect(factsFromDraft(draft)).toEqual({
      jhtBalance: 87_250_000,
      accountHolder: 'AGUS PRATAMA',
      heirName: 'Sri Rahayu',
    });
  });
  it('leaves the fields empty for a participant the branch does not know', () => {
    expect(draftFromMembership(null)).toBe(EMPTY_FACTS);
  });
});

describe('overrulesFromDraft', () => {
  it('sends only the confirmations of warnings shown now', () => {
    const checks = checksOf(session(), { accountHolder: 'SITI A' });
    const draft = {
      ...EMPTY_FACTS,
      overrules: { accountHolder: 'Buku tabungan asli dilihat', nikStructure: 'not a warning' },
    };
    expect(overrulesFromDraft(draft, checks)).toEqual([
      { check: 'accountHolder', reason: 'Buku tabungan asli dilihat' },
    ]);
  });
});
