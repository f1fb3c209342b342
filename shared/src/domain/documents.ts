// (claim type, reason, segment) → the originals the participant shows the CSO on camera, as one
// table. The kiosk's list and the CSO's checklist both come from `requiredDocuments`, so they
// cannot disagree on what is required; a rule change is an edit of CLAIM_DOCUMENT_TABLE.
// Sources per row in shared/DOMAIN-SOURCES.md.

import {
  type ClaimReason,
  type ClaimSegment,
  type ClaimType,
  type DocumentKind,
  type DocumentNote,
  isValidClaim,
} from './claims.js';

// A document listed only when a segment flag has a value. An unknown flag counts as false,
// except where `ifUnknown: 'optional'` lists it as optional — e.g. the kiosk may not know the JHT
// balance, so the participant brings the NPWP in case it is needed.
export interface SegmentCondition {
  flag: keyof ClaimSegment;
  is: boolean;
  ifUnknown?: 'optional';
}

export interface DocumentRule {
  kind: DocumentKind;
  when?: SegmentCondition;
  optional?: true;
  note?: DocumentNote;
}

export interface ClaimDocumentRow {
  type: ClaimType;
  reasons: readonly ClaimReason[];
  documents: readonly DocumentRule[];
}

export interface RequiredDocument {
  kind: DocumentKind;
  required: boolean;
  note?: DocumentNote;
}

// The worker's own identity card: foreign workers hold a KITAS instead of an e-KTP.
const WORKER_ID: readonly DocumentRule[] = [
  { kind: 'ektp', when: { flag: 'foreigner', is: false } },
  { kind: 'kitas', when: { flag: 'foreigner', is: true }, note: 'docNote.kitasForeigner' },
];
// DESIGN.md §2: NPWP above Rp50 million or after an earlier partial claim.
const NPWP_WHERE_REQUIRED: DocumentRule = {
  kind: 'npwp',
  when: { flag: 'npwpRequired', is: true, ifUnknown: 'optional' },
  note: 'docNote.npwpWhereRequired',
};
const MIGRANT_PASSPORT: DocumentRule = {
  kind: 'passport',
  when: { flag: 'migrantWorker', is: true },
  note: 'docNote.passportMigrant',
};
const HEIR_PAPERS: readonly DocumentRule[] = [
  { kind: 'deathCertificate' },
  { kind: 'heirCertificate' },
  { kind: 'heirKtp' },
  { kind: 'familyCard' },
];

// Permenaker 4/2022 art. 8–11: the employer's letter (resignation) or the PHK papers; a
// non-wage (BPU) participant has no employer and states it themself (art. 6(2)(b)).
function endOfWorkDocuments(letterNote?: DocumentNote): readonly DocumentRule[] {
  const letter: DocumentRule = { kind: 'resignationLetter', when: { flag: 'nonWage', is: false } };
  return [
    { kind: 'kpjCard' },
    ...WORKER_ID,
    { kind: 'familyCard' },
    letterNote ? { ...letter, note: letterNote } : letter,
    { kind: 'notWorkingStatement', when: { flag: 'nonWage', is: true }, note: 'docNote.nonWageStatement' },
    MIGRANT_PASSPORT,
    { kind: 'savingsBook' },
    { kind: 'recentPhoto' },
    { kind: 'formF5' },
    NPWP_WHERE_REQUIRED,
  ];
}

// PP 46/2015 art. 22: partial JHT while still working; the employer confirms the employment.
const PARTIAL_DOCUMENTS: readonly DocumentRule[] = [
  { kind: 'kpjCard' },
  ...WORKER_ID,
  { kind: 'familyCard' },
  { kind: 'activeEmploymentLetter', when: { flag: 'nonWage', is: false } },
  { kind: 'savingsBook' },
  NPWP_WHERE_REQUIRED,
];

export const CLAIM_DOCUMENT_TABLE: readonly ClaimDocumentRow[] = [
  { type: 'JHT', reasons: ['resignation'], documents: endOfWorkDocuments() },
  { type: 'JHT', reasons: ['layoff'], documents: endOfWorkDocuments('docNote.layoffLetter') },
  { type: 'JHT', reasons: ['contractEnd'], documents: endOfWorkDocuments('docNote.contractEndLetter') },
  // Permenaker 4/2022 art. 6(1)–7: at pension age a participant may still be employed, so no
  // work-end or retirement letter.
  {
    type: 'JHT',
    reasons: ['age56'],
    documents: [{ kind: 'kpjCard' }, ...WORKER_ID, { kind: 'savingsBook' }, NPWP_WHERE_REQUIRED],
  },
  // Total permanent disability: the doctor's certificate, no resignation letter.
  {
    type: 'JHT',
    reasons: ['disability'],
    documents: [
      { kind: 'kpjCard' },
      ...WORKER_ID,
      { kind: 'doctorCertificate', note: 'docNote.totalDisability' },
      { kind: 'savingsBook' },
      NPWP_WHERE_REQUIRED,
    ],
  },
  {
    type: 'JHT',
    reasons: ['leavingIndonesia'],
    documents: [
      { kind: 'kpjCard' },
      { kind: 'passport' },
      { kind: 'kitas', when: { flag: 'foreigner', is: true }, note: 'docNote.kitasForeigner' },
      { kind: 'notReturningStatement' },
      { kind: 'savingsBook' },
      NPWP_WHERE_REQUIRED,
    ],
  },
  {
    type: 'JHT',
    reasons: ['death'],
    documents: [
      { kind: 'kpjCard' },
      ...HEIR_PAPERS,
      { kind: 'heirSavingsBook' },
      {
        kind: 'guardianshipPapers',
        when: { flag: 'minorHeirs', is: true },
        note: 'docNote.guardianshipMinors',
      },
      NPWP_WHERE_REQUIRED,
    ],
  },
  { type: 'JHT', reasons: ['partialRetirement'], documents: PARTIAL_DOCUMENTS },
  {
    type: 'JHT',
    reasons: ['partialHousing'],
    documents: [...PARTIAL_DOCUMENTS, { kind: 'housingDocuments' }],
  },
  {
    type: 'JKM',
    reasons: ['standard'],
    documents: [
      { kind: 'kpjCard' },
      ...WORKER_ID,
      ...HEIR_PAPERS,
      { kind: 'marriageBook' },
      { kind: 'employerReference' },
      { kind: 'heirSavingsBook' },
    ],
  },
  {
    type: 'JKK',
    reasons: ['workAccident'],
    documents: [
      { kind: 'accidentReport', note: 'docNote.accidentReportStages' },
      { kind: 'doctorCertificate', note: 'docNote.doctorReport' },
      { kind: 'kpjCard' },
      ...WORKER_ID,
      { kind: 'chronology' },
      { kind: 'witnessStatements' },
      { kind: 'policeReport', when: { flag: 'roadAccident', is: true }, note: 'docNote.policeReportRoad' },
      { kind: 'receipts', optional: true, note: 'docNote.receiptsIfPaid' },
    ],
  },
  // Death from a work accident is a JKK benefit (PP 44/2015), paid to the heirs.
  {
    type: 'JKK',
    reasons: ['accidentDeath'],
    documents: [
      { kind: 'accidentReport', note: 'docNote.accidentReportStages' },
      { kind: 'kpjCard' },
      ...WORKER_ID,
      ...HEIR_PAPERS,
      { kind: 'chronology' },
      { kind: 'policeReport', when: { flag: 'roadAccident', is: true }, note: 'docNote.policeReportRoad' },
      { kind: 'heirSavingsBook' },
    ],
  },
  // Occupational disease (PAK): the examining doctor links the disease to the work.
  {
    type: 'JKK',
    reasons: ['occupationalDisease'],
    documents: [
      { kind: 'kpjCard' },
      ...WORKER_ID,
      { kind: 'doctorCertificate', note: 'docNote.occupationalDisease' },
      { kind: 'workHistoryStatement' },
      { kind: 'receipts', optional: true, note: 'docNote.receiptsIfPaid' },
    ],
  },
  {
    type: 'JP',
    reasons: ['oldAge', 'disability'],
    documents: [
      { kind: 'form7' },
      { kind: 'kpjCard' },
      ...WORKER_ID,
      { kind: 'familyCard' },
      { kind: 'savingsBook' },
    ],
  },
  {
    type: 'JP',
    reasons: ['disability'],
    documents: [{ kind: 'doctorCertificate' }, { kind: 'employerCertificate' }],
  },
  {
    type: 'JP',
    reasons: ['survivor'],
    documents: [
      { kind: 'form7' },
      { kind: 'kpjCard' },
      ...HEIR_PAPERS,
      { kind: 'marriageBook' },
      { kind: 'heirSavingsBook' },
    ],
  },
];

export interface ClaimRequest {
  type: ClaimType;
  reason: ClaimReason;
  segment: ClaimSegment;
}

// Every row that names the reason contributes, in table order (JP disability = base + extras).
export function requiredDocuments({ type, reason, segment }: ClaimRequest): RequiredDocument[] {
  if (!isValidClaim(type, reason)) throw new RangeError(`No such claim: ${type}/${reason}`);
  const out: RequiredDocument[] = [];
  for (const row of CLAIM_DOCUMENT_TABLE) {
    if (row.type !== type || !row.reasons.includes(reason)) continue;
    for (const rule of row.documents) {
      const applies = evaluate(rule.when, segment);
      if (applies === false) continue;
      const doc: RequiredDocument = { kind: rule.kind, required: applies === true && !rule.optional };
      if (rule.note) doc.note = rule.note;
      out.push(doc);
    }
  }
  return out;
}

function evaluate(condition: SegmentCondition | undefined, segment: ClaimSegment): boolean | 'optional' {
  if (!condition) return true;
  const value = segment[condition.flag];
  if (value === undefined && condition.ifUnknown === 'optional') return 'optional';
  return (value ?? false) === condition.is;
}
