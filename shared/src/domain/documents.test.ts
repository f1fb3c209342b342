import { describe, expect, it } from 'vitest';
import {
  CLAIM_REASONS,
  CLAIM_TYPES,
  type ClaimReason,
  type ClaimSegment,
  type ClaimType,
  DOCUMENT_KINDS,
  type DocumentKind,
  isValidClaim,
} from './claims.js';
import { CLAIM_DOCUMENT_TABLE, requiredDocuments } from './documents.js';

function kinds(type: ClaimType, reason: ClaimReason, segment: ClaimSegment = {}): DocumentKind[] {
  return requiredDocuments({ type, reason, segment }).map((d) => d.kind);
}

function find(type: ClaimType, reason: ClaimReason, segment: ClaimSegment, kind: DocumentKind) {
  return requiredDocuments({ type, reason, segment }).find((d) => d.kind === kind);
}

const HEIR_PAPERS = ['deathCertificate', 'heirCertificate', 'heirKtp', 'familyCard'];
const KNOWN: ClaimSegment = { foreigner: false, nonWage: false, migrantWorker: false, npwpRequired: false };
const END_OF_WORK = [
  'kpjCard',
  'ektp',
  'familyCard',
  'resignationLetter',
  'savingsBook',
  'recentPhoto',
  'formF5',
];

describe('the document table', () => {
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

describe('requiredDocuments: JHT (Permenaker 4/2022)', () => {
  it.each(['resignation', 'layoff', 'contractEnd'] as const)('%s: end-of-work documents', (reason) => {
    expect(kinds('JHT', reason, KNOWN)).toEqual(END_OF_WORK);
    expect(
      requiredDocuments({ type: 'JHT', reason, segment: {} }).every((d) => d.kind === 'npwp' || d.required),
    ).toBe(true);
  });

  it('names the right letter for PHK and contract end', () => {
    expect(find('JHT', 'layoff', {}, 'resignationLetter')?.note).toBe('docNote.layoffLetter');
    expect(find('JHT', 'contractEnd', {}, 'resignationLetter')?.note).toBe('docNote.contractEndLetter');
    expect(find('JHT', 'resignation', {}, 'resignationLetter')?.note).toBeUndefined();
  });

  it('a non-wage (BPU) participant states the end of work instead of an employer letter', () => {
    const docs = kinds('JHT', 'resignation', { ...KNOWN, nonWage: true });
    expect(docs).toContain('notWorkingStatement');
    expect(docs).not.toContain('resignationLetter');
  });

  it('a migrant worker (PMI) also shows the passport', () => {
    expect(kinds('JHT', 'contractEnd', { ...KNOWN, migrantWorker: true })).toContain('passport');
    expect(kinds('JHT', 'contractEnd', KNOWN)).not.toContain('passport');
  });

  it('asks foreigners for a KITAS instead of an e-KTP', () => {
    const docs = kinds('JHT', 'resignation', { ...KNOWN, foreigner: true });
    expect(docs).toContain('kitas');
    expect(docs).not.toContain('ektp');
  });

  it('requires the NPWP where the rule says so, and suggests it while that is unknown', () => {
    expect(find('JHT', 'resignation', { npwpRequired: true }, 'npwp')).toEqual({
      kind: 'npwp',
      required: true,
      note: 'docNote.npwpWhereRequired',
    });
    expect(find('JHT', 'resignation', { npwpRequired: false }, 'npwp')).toBeUndefined();
    expect(find('JHT', 'resignation', {}, 'npwp')).toMatchObject({ required: false });
  });

  it('age 56: KPJ, KTP, savings book and NPWP where required; no work-end or retirement letter', () => {
    expect(kinds('JHT', 'age56', KNOWN)).toEqual(['kpjCard', 'ektp', 'savingsBook']);
    expect(kinds('JHT', 'age56', { ...KNOWN, npwpRequired: true })).toEqual([
      'kpjCard',
      'ektp',
      'savingsBook',
      'npwp',
    ]);
  });

  it('total permanent disability: doctor certificate, no resignation letter', () => {
    expect(kinds('JHT', 'disability', KNOWN)).toEqual([
      'kpjCard',
      'ektp',
      'doctorCertificate',
      'savingsBook',
    ]);
    expect(find('JHT', 'disability', {}, 'doctorCertificate')?.note).toBe('docNote.totalDisability');
  });

  it('leaving Indonesia: passport and statement; NPWP only where required; KITAS for foreigners', () => {
    expect(kinds('JHT', 'leavingIndonesia', KNOWN)).toEqual([
      'kpjCard',
      'passport',
      'notReturningStatement',
      'savingsBook',
    ]);
    expect(kinds('JHT', 'leavingIndonesia', { ...KNOWN, foreigner: true, npwpRequired: true })).toEqual([
      'kpjCard',
      'passport',
      'kitas',
      'notReturningStatement',
      'savingsBook',
      'npwp',
    ]);
  });

  it('death: heirs prove who they are; guardianship papers for minor heirs', () => {
    const base = ['kpjCard', ...HEIR_PAPERS, 'heirSavingsBook'];
    expect(kinds('JHT', 'death', KNOWN)).toEqual(base);
    expect(kinds('JHT', 'death', { npwpRequired: true, minorHeirs: true })).toEqual([
      ...base,
      'guardianshipPapers',
      'npwp',
    ]);
    expect(kinds('JHT', 'death', {})).not.toContain('savingsBook');
  });

  it('partial claims: proof of still working; housing papers for the 30 %', () => {
    const base = ['kpjCard', 'ektp', 'familyCard', 'activeEmploymentLetter', 'savingsBook'];
    expect(kinds('JHT', 'partialRetirement', KNOWN)).toEqual(base);
    expect(kinds('JHT', 'partialHousing', KNOWN)).toEqual([...base, 'housingDocuments']);
    expect(kinds('JHT', 'partialRetirement', { ...KNOWN, nonWage: true })).not.toContain(
      'activeEmploymentLetter',
    );
  });
});

describe('requiredDocuments: JKM, JKK, JP', () => {
  it('JKM: worker and heir identity, death and family papers, employer reference, heir account', () => {
    expect(kinds('JKM', 'standard', KNOWN)).toEqual([
      'kpjCard',
      'ektp',
      ...HEIR_PAPERS,
      'marriageBook',
      'employerReference',
      'heirSavingsBook',
    ]);
  });

  it('JKK work accident: accident papers; police report only for road accidents; receipts optional', () => {
    const base = [
      'accidentReport',
      'doctorCertificate',
      'kpjCard',
      'ektp',
      'chronology',
      'witnessStatements',
    ];
    expect(kinds('JKK', 'workAccident', KNOWN)).toEqual([...base, 'receipts']);
    expect(kinds('JKK', 'workAccident', { ...KNOWN, roadAccident: true })).toEqual([
      ...base,
      'policeReport',
      'receipts',
    ]);
    expect(find('JKK', 'workAccident', {}, 'receipts')).toEqual({
      kind: 'receipts',
      required: false,
      note: 'docNote.receiptsIfPaid',
    });
  });

  it('JKK death from a work accident: accident report plus heirs’ papers and account', () => {
    expect(kinds('JKK', 'accidentDeath', KNOWN)).toEqual([
      'accidentReport',
      'kpjCard',
      'ektp',
      ...HEIR_PAPERS,
      'chronology',
      'heirSavingsBook',
    ]);
  });

  it('JKK occupational disease: the examining doctor and the work history', () => {
    expect(kinds('JKK', 'occupationalDisease', KNOWN)).toEqual([
      'kpjCard',
      'ektp',
      'doctorCertificate',
      'workHistoryStatement',
      'receipts',
    ]);
    expect(find('JKK', 'occupationalDisease', {}, 'doctorCertificate')?.note).toBe(
      'docNote.occupationalDisease',
    );
  });

  it('JP old age: form 7, KPJ, KTP, KK and the savings book', () => {
    expect(kinds('JP', 'oldAge', KNOWN)).toEqual(['form7', 'kpjCard', 'ektp', 'familyCard', 'savingsBook']);
    expect(kinds('JP', 'oldAge', { foreigner: true })).toEqual([
      'form7',
      'kpjCard',
      'kitas',
      'familyCard',
      'savingsBook',
    ]);
  });

  it("JP disability adds doctor's and employer's certificates", () => {
    expect(kinds('JP', 'disability', KNOWN)).toEqual([
      'form7',
      'kpjCard',
      'ektp',
      'familyCard',
      'savingsBook',
      'doctorCertificate',
      'employerCertificate',
    ]);
  });

  it('JP survivor: heirs’ papers, marriage book and the heir’s savings book', () => {
    expect(kinds('JP', 'survivor', KNOWN)).toEqual([
      'form7',
      'kpjCard',
      ...HEIR_PAPERS,
      'marriageBook',
      'heirSavingsBook',
    ]);
  });

  it('marks every unconditional document as required', () => {
    for (const d of requiredDocuments({ type: 'JKM', reason: 'standard', segment: {} })) {
      expect(d.required, d.kind).toBe(true);
    }
  });
});
