import { describe, expect, it } from 'vitest';
import { approvalBlockers } from './approval.js';
import { caseDocuments, casePreChecks, caseSegment, type CaseIdentity } from './caseFile.js';
import { DEFAULT_DOMAIN_POLICY } from './policy.js';

const SITI: CaseIdentity = {
  nik: '3173054512900003',
  kpj: '12345678901',
  birthDate: '1990-12-05',
  sex: 'F',
  participantName: 'Siti Aminah',
  claimType: 'JHT',
  reason: 'resignation',
};

describe('caseSegment', () => {
  it('knows only what the membership data and the CSO know', () => {
    expect(caseSegment({}, {})).toEqual({});
    expect(caseSegment({ segment: 'BPU', foreigner: false }, { jhtBalance: 50_000_001 })).toEqual({
      foreigner: false,
      nonWage: true,
      migrantWorker: false,
      npwpRequired: true,
    });
    expect(caseSegment({ partialClaimDate: '2020-01-01' }, {})).toEqual({ npwpRequired: true });
  });
});

describe('caseDocuments', () => {
  it('is the same rule for the kiosk (nothing known) and the CSO (balance known)', () => {
    const kiosk = caseDocuments(SITI, {}, {}).find((d) => d.kind === 'npwp');
    const cso = caseDocuments(SITI, {}, { jhtBalance: 87_250_000 }).find((d) => d.kind === 'npwp');
    expect(kiosk).toMatchObject({ required: false, note: 'docNote.npwpWhereRequired' });
    expect(cso).toMatchObject({ required: true, note: 'docNote.npwpWhereRequired' });
    expect(caseDocuments(SITI, {}, { jhtBalance: 42_500_000 }).some((d) => d.kind === 'npwp')).toBe(false);
  });

  it('lists nothing without a valid claim', () => {
    expect(caseDocuments({ ...SITI, reason: 'standard' }, {}, {})).toEqual([]);
  });
});

describe('casePreChecks', () => {
  const today = '2026-03-02';
  it('is null until the identity is known', () => {
    expect(casePreChecks({ ...SITI, nik: null }, {}, {}, DEFAULT_DOMAIN_POLICY, today)).toBeNull();
  });

  it('feeds the gate: a resigned participant past the waiting period, every document verified', () => {
    const membership = { workEndDate: '2026-01-15', segment: 'PU' as const, foreigner: false };
    const facts = { jhtBalance: 42_500_000, accountHolder: 'SITI AMINAH' };
    const checks = casePreChecks(SITI, membership, facts, DEFAULT_DOMAIN_POLICY, today);
    expect(checks?.every((c) => c.status === 'pass')).toBe(true);
    const documents = caseDocuments(SITI, membership, facts);
    const verdicts = documents.map((d) => ({ documentKind: d.kind, verdict: 'verified' as const }));
    expect(approvalBlockers({ checks, overrules: [], documents, verdicts })).toEqual([]);
  });

  it('ignores the JHT balance for other programmes', () => {
    const checks = casePreChecks(
      { ...SITI, claimType: 'JKK', reason: 'workAccident' },
      {},
      { jhtBalance: 90_000_000 },
      DEFAULT_DOMAIN_POLICY,
      today,
    );
    expect(checks?.some((c) => c.id === 'jhtTax' || c.id === 'npwpRequired')).toBe(false);
  });
});
