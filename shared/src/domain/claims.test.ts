import { describe, expect, it } from 'vitest';
import {
  CLAIM_DOCUMENT_TABLE,
  CLAIM_REASONS,
  CLAIM_TYPES,
  type ClaimReason,
  type ClaimSegment,
  type ClaimType,
  DOCUMENT_KINDS,
  type DocumentKind,
  isValidClaim,
  requiredDocuments,
} from './claims.js';

function kinds(type: ClaimType, reason: ClaimReason, segment: ClaimSegment = {}): DocumentKind[] {
  return requiredDocuments({ type, reason, segment }).map((d) => d.kind);
}

function find(type: ClaimType, reason: ClaimReason, segment: ClaimSegment, kind: DocumentKind) {
  return requiredDocuments({ type, reason, segment }).find((d) => d.kind === kind);
}

const END_OF_WORK = [
  'kpjCard',
  'ektp',
  'familyCard',
  'resignationLetter',
  'savingsBook',
  'recentPhoto',
  'formF5',
];

describe('claim types and reasons', () => {
  it('knows the four programmes and their reasons', () => {
    expect(CLAIM_TYPES).toEqual(['JHT', 'JKK', 'JKM', 'JP']);
    expect(CLAIM_REASONS.JHT).toEqual([
      'resignation',
      'layoff',
      'contractEnd',
      'age56',
      'disability',
      'leavingIndonesia',
      'death',
    ]);
    expect(CLAIM_REASONS.JP).toEqual(['oldAge', 'disability', 'survivor']);
    expect(CLAIM_REASONS.JKK).toEqual(['standard']);
    expect(CLAIM_REASONS.JKM).toEqual(['standard']);
  });

  it('validates type/reason pairs from untrusted input', () => {
    expect(isValidClaim('JHT', 'layoff')).toBe(true);
    expect(isValidClaim('JP', 'survivor')).toBe(true);
    expect(isValidClaim('JKK', 'standard')).toBe(true);
    expect(isValidClaim('JKK', 'layoff')).toBe(false);
    expect(isValidClaim('JP', 'resignation')).toBe(false);
    expect(isValidClaim('JHT', 'standard')).toBe(false);
    expect(isValidClaim('BPJS', 'standard')).toBe(false);
    expect(isValidClaim('toString', 'standard')).toBe(false);
  });

  it('has documents for every valid claim and only known document kinds', () => {
    for (const type of CLAIM_TYPES) {
      for (const reason of CLAIM_REASONS[type]) {
        expect(kinds(type, reason).length, `${type}/${reason}`).toBeGreaterThan(0);
      }
    }
    for (const row of CLAIM_DOCUMENT_TABLE) {
      for (const rule of row.documents) expect(DOCUMENT_KINDS).toContain(rule.kind);
      for (const reason of row.reasons) expect(isValidClaim(row.type, reason)).toBe(true);
    }
  });

  it('refuses to list documents for an invalid claim', () => {
    expect(() => requiredDocuments({ type: 'JKK', reason: 'layoff', segment: {} })).toThrow(RangeError);
  });
});

describe('requiredDocuments: JHT', () => {
  it.each(['resignation', 'layoff', 'contractEnd'] as const)('%s: end-of-work documents', (reason) => {
    expect(kinds('JHT', reason, { balanceAboveNpwpThreshold: false })).toEqual(END_OF_WORK);
    expect(
      requiredDocuments({ type: 'JHT', reason, segment: {} }).every((d) => d.kind === 'npwp' || d.required),
    ).toBe(true);
  });

  it('names the right letter for PHK and contract end', () => {
    expect(find('JHT', 'layoff', {}, 'resignationLetter')?.note).toBe('docNote.layoffLetter');
    expect(find('JHT', 'contractEnd', {}, 'resignationLetter')?.note).toBe('docNote.contractEndLetter');
    expect(find('JHT', 'resignation', {}, 'resignationLetter')?.note).toBeUndefined();
  });

  it('asks foreigners for a KITAS instead of an e-KTP', () => {
    const docs = kinds('JHT', 'resignation', { foreigner: true, balanceAboveNpwpThreshold: false });
    expect(docs).toContain('kitas');
    expect(docs).not.toContain('ektp');
  });

  it('requires the NPWP only above Rp50 million, and suggests it while the balance is unknown', () => {
    expect(find('JHT', 'resignation', { balanceAboveNpwpThreshold: true }, 'npwp')).toEqual({
      kind: 'npwp',
      required: true,
      note: 'docNote.npwpAboveThreshold',
    });
    expect(find('JHT', 'resignation', { balanceAboveNpwpThreshold: false }, 'npwp')).toBeUndefined();
    expect(find('JHT', 'resignation', {}, 'npwp')).toMatchObject({ required: false });
  });

  it('age 56 adds the retirement letter', () => {
    expect(kinds('JHT', 'age56', { balanceAboveNpwpThreshold: true })).toEqual([
      ...END_OF_WORK,
      'npwp',
      'retirementLetter',
    ]);
  });

  it('total permanent disability: doctor certificate, NPWP only if the participant has one', () => {
    const base = ['kpjCard', 'ektp', 'savingsBook', 'familyCard', 'doctorCertificate', 'resignationLetter'];
    expect(kinds('JHT', 'disability')).toEqual(base);
    expect(kinds('JHT', 'disability', { hasNpwp: false })).toEqual(base);
    expect(kinds('JHT', 'disability', { hasNpwp: true })).toEqual([...base, 'npwp']);
  });

  it('leaving Indonesia: passport and statement; KITAS for foreigners', () => {
    const wni = ['kpjCard', 'passport', 'savingsBook', 'notReturningStatement', 'resignationLetter', 'npwp'];
    expect(kinds('JHT', 'leavingIndonesia')).toEqual(wni);
    expect(kinds('JHT', 'leavingIndonesia', { foreigner: true })).toEqual([
      'kpjCard',
      'passport',
      'kitas',
      'savingsBook',
      'notReturningStatement',
      'resignationLetter',
      'npwp',
    ]);
    expect(find('JHT', 'leavingIndonesia', {}, 'resignationLetter')?.note).toBe(
      'docNote.resignationOrContract',
    );
  });

  it('death: heirs prove who they are; guardianship papers for minor heirs', () => {
    const base = [
      'kpjCard',
      'deathCertificate',
      'heirCertificate',
      'heirKtp',
      'familyCard',
      'heirSavingsBook',
    ];
    expect(kinds('JHT', 'death', { balanceAboveNpwpThreshold: false })).toEqual(base);
    expect(kinds('JHT', 'death', { balanceAboveNpwpThreshold: true, minorHeirs: true })).toEqual([
      ...base,
      'guardianshipPapers',
      'npwp',
    ]);
    expect(kinds('JHT', 'death', {})).not.toContain('savingsBook');
  });
});

describe('requiredDocuments: JKM, JKK, JP', () => {
  it('JKM: worker and heir identity, death and family papers, employer reference', () => {
    expect(kinds('JKM', 'standard')).toEqual([
      'kpjCard',
      'ektp',
      'heirKtp',
      'deathCertificate',
      'familyCard',
      'heirCertificate',
      'marriageBook',
      'employerReference',
      'heirSavingsBook',
    ]);
  });

  it('JKK: accident papers; police report only for road accidents; receipts optional', () => {
    const base = [
      'accidentReport',
      'doctorCertificate',
      'kpjCard',
      'ektp',
      'chronology',
      'witnessStatements',
    ];
    expect(kinds('JKK', 'standard')).toEqual([...base, 'receipts']);
    expect(kinds('JKK', 'standard', { roadAccident: true })).toEqual([...base, 'policeReport', 'receipts']);
    expect(find('JKK', 'standard', {}, 'receipts')).toEqual({
      kind: 'receipts',
      required: false,
      note: 'docNote.receiptsIfPaid',
    });
    expect(find('JKK', 'standard', { roadAccident: true }, 'policeReport')?.required).toBe(true);
  });

  it('JP old age: form 7, KPJ, KTP, KK', () => {
    expect(kinds('JP', 'oldAge')).toEqual(['form7', 'kpjCard', 'ektp', 'familyCard']);
    expect(kinds('JP', 'oldAge', { foreigner: true })).toEqual(['form7', 'kpjCard', 'kitas', 'familyCard']);
  });

  it("JP disability adds doctor's and employer's certificates", () => {
    expect(kinds('JP', 'disability')).toEqual([
      'form7',
      'kpjCard',
      'ektp',
      'familyCard',
      'doctorCertificate',
      'employerCertificate',
    ]);
  });

  it('JP survivor: marriage book, death certificate, heir letter', () => {
    expect(kinds('JP', 'survivor')).toEqual([
      'form7',
      'kpjCard',
      'heirKtp',
      'familyCard',
      'marriageBook',
      'deathCertificate',
      'heirCertificate',
    ]);
  });

  it('marks every unconditional document as required', () => {
    for (const d of requiredDocuments({ type: 'JKM', reason: 'standard', segment: {} })) {
      expect(d.required, d.kind).toBe(true);
    }
  });
});
