// Claims as data: which benefit, for which reason, and which originals the participant must show
// the CSO on camera. The document table mirrors DESIGN.md §2; `requiredDocuments` only filters
// it by the participant's situation, so a rule change is an edit of CLAIM_DOCUMENT_TABLE.

export const CLAIM_TYPES = ['JHT', 'JKK', 'JKM', 'JP'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const CLAIM_REASONS = {
  JHT: ['resignation', 'layoff', 'contractEnd', 'age56', 'disability', 'leavingIndonesia', 'death'],
  JKK: ['standard'],
  JKM: ['standard'],
  JP: ['oldAge', 'disability', 'survivor'],
} as const satisfies Record<ClaimType, readonly string[]>;
export type ClaimReason<T extends ClaimType = ClaimType> = (typeof CLAIM_REASONS)[T][number];

export function isValidClaim(type: string, reason: string): boolean {
  if (!(CLAIM_TYPES as readonly string[]).includes(type)) return false;
  return (CLAIM_REASONS[type as ClaimType] as readonly string[]).includes(reason);
}

export const DOCUMENT_KINDS = [
  'kpjCard',
  'ektp',
  'kitas',
  'passport',
  'familyCard',
  'resignationLetter',
  'retirementLetter',
  'savingsBook',
  'recentPhoto',
  'formF5',
  'npwp',
  'doctorCertificate',
  'notReturningStatement',
  'deathCertificate',
  'heirCertificate',
  'heirKtp',
  'heirSavingsBook',
  'guardianshipPapers',
  'marriageBook',
  'employerReference',
  'accidentReport',
  'chronology',
  'witnessStatements',
  'policeReport',
  'receipts',
  'form7',
  'employerCertificate',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

// Notes are i18n keys (see i18n/messages.*.ts), shown under the document's label.
export const DOCUMENT_NOTES = [
  'docNote.npwpAboveThreshold',
  'docNote.npwpIfAny',
  'docNote.layoffLetter',
  'docNote.contractEndLetter',
  'docNote.resignationOrContract',
  'docNote.kitasForeigner',
  'docNote.accidentReportStages',
  'docNote.doctorReport',
  'docNote.receiptsIfPaid',
  'docNote.guardianshipMinors',
  'docNote.policeReportRoad',
] as const;
export type DocumentNote = (typeof DOCUMENT_NOTES)[number];

export interface ClaimSegment {
  foreigner?: boolean;
  balanceAboveNpwpThreshold?: boolean;
  hasNpwp?: boolean;
  minorHeirs?: boolean;
  roadAccident?: boolean;
}

// A document listed only when a segment flag has a value. An unknown flag counts as false,
// except where `ifUnknown: 'optional'` lists it as optional — e.g. the kiosk does not yet know
// the JHT balance, so the participant should bring the NPWP just in case.
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

// The worker's own identity card: foreign workers hold a KITAS instead of an e-KTP. DESIGN.md
// states this for the resignation rows; it applies wherever the worker's card is asked for.
const WORKER_ID: readonly DocumentRule[] = [
  { kind: 'ektp', when: { flag: 'foreigner', is: false } },
  { kind: 'kitas', when: { flag: 'foreigner', is: true }, note: 'docNote.kitasForeigner' },
];
const NPWP_ABOVE_THRESHOLD: DocumentRule = {
  kind: 'npwp',
  when: { flag: 'balanceAboveNpwpThreshold', is: true, ifUnknown: 'optional' },
  note: 'docNote.npwpAboveThreshold',
};

function endOfWorkDocuments(letterNote?: DocumentNote): readonly DocumentRule[] {
  return [
    { kind: 'kpjCard' },
    ...WORKER_ID,
    { kind: 'familyCard' },
    letterNote ? { kind: 'resignationLetter', note: letterNote } : { kind: 'resignationLetter' },
    { kind: 'savingsBook' },
    { kind: 'recentPhoto' },
    { kind: 'formF5' },
    NPWP_ABOVE_THRESHOLD,
  ];
}

export const CLAIM_DOCUMENT_TABLE: readonly ClaimDocumentRow[] = [
  { type: 'JHT', reasons: ['resignation'], documents: endOfWorkDocuments() },
  { type: 'JHT', reasons: ['layoff'], documents: endOfWorkDocuments('docNote.layoffLetter') },
  { type: 'JHT', reasons: ['contractEnd'], documents: endOfWorkDocuments('docNote.contractEndLetter') },
  { type: 'JHT', reasons: ['age56'], documents: [...endOfWorkDocuments(), { kind: 'retirementLetter' }] },
  {
    type: 'JHT',
    reasons: ['disability'],
    documents: [
      { kind: 'kpjCard' },
      ...WORKER_ID,
      { kind: 'savingsBook' },
      { kind: 'familyCard' },
      { kind: 'doctorCertificate' },
      { kind: 'resignationLetter' },
      { kind: 'npwp', when: { flag: 'hasNpwp', is: true }, note: 'docNote.npwpIfAny' },
    ],
  },
  {
    type: 'JHT',
    reasons: ['leavingIndonesia'],
    documents: [
      { kind: 'kpjCard' },
      { kind: 'passport' },
      { kind: 'kitas', when: { flag: 'foreigner', is: true }, note: 'docNote.kitasForeigner' },
      { kind: 'savingsBook' },
      { kind: 'notReturningStatement' },
      { kind: 'resignationLetter', note: 'docNote.resignationOrContract' },
      { kind: 'npwp' },
    ],
  },
  {
    type: 'JHT',
    reasons: ['death'],
    documents: [
      { kind: 'kpjCard' },
      { kind: 'deathCertificate' },
      { kind: 'heirCertificate' },
      { kind: 'heirKtp' },
      { kind: 'familyCard' },
      { kind: 'heirSavingsBook' },
      {
        kind: 'guardianshipPapers',
        when: { flag: 'minorHeirs', is: true },
        note: 'docNote.guardianshipMinors',
      },
      NPWP_ABOVE_THRESHOLD,
    ],
  },
  {
    type: 'JKM',
    reasons: ['standard'],
    documents: [
      { kind: 'kpjCard' },
      ...WORKER_ID,
      { kind: 'heirKtp' },
      { kind: 'deathCertificate' },
      { kind: 'familyCard' },
      { kind: 'heirCertificate' },
      { kind: 'marriageBook' },
      { kind: 'employerReference' },
      // Death benefits are paid into the heir's account (DESIGN.md §2, bank account rule).
      { kind: 'heirSavingsBook' },
    ],
  },
  {
    type: 'JKK',
    reasons: ['standard'],
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
  {
    type: 'JP',
    reasons: ['oldAge', 'disability'],
    documents: [{ kind: 'form7' }, { kind: 'kpjCard' }, ...WORKER_ID, { kind: 'familyCard' }],
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
      // The survivor claims, so the card shown is the heir's.
      { kind: 'heirKtp' },
      { kind: 'familyCard' },
      { kind: 'marriageBook' },
      { kind: 'deathCertificate' },
      { kind: 'heirCertificate' },
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
