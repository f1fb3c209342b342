// Claims as data: which benefit, for which reason, and who the participant is (segment). The
// documents each needs are in documents.ts; the date rules in eligibility.ts.

export const CLAIM_TYPES = ['JHT', 'JKK', 'JKM', 'JP'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const CLAIM_REASONS = {
  // Permenaker 4/2022 (full benefit) and PP 46/2015 art. 22 as amended by PP 60/2015 (partial)
  JHT: [
    'resignation',
    'layoff',
    'contractEnd',
    'age56',
    'disability',
    'leavingIndonesia',
    'death',
    'partialRetirement',
    'partialHousing',
  ],
  // PP 44/2015 as amended by PP 82/2019: work accident, death from one, occupational disease (PAK)
  JKK: ['workAccident', 'accidentDeath', 'occupationalDisease'],
  JKM: ['standard'],
  // PP 45/2015
  JP: ['oldAge', 'disability', 'survivor'],
} as const satisfies Record<ClaimType, readonly string[]>;
export type ClaimReason<T extends ClaimType = ClaimType> = (typeof CLAIM_REASONS)[T][number];

export function isValidClaim(type: string, reason: string): boolean {
  if (!(CLAIM_TYPES as readonly string[]).includes(type)) return false;
  return (CLAIM_REASONS[type as ClaimType] as readonly string[]).includes(reason);
}

/** Claims an heir makes after the participant's death: paid into the heir's account. */
export function isDeathClaim(type: string, reason: string): boolean {
  return (
    (type === 'JHT' && reason === 'death') ||
    type === 'JKM' ||
    (type === 'JKK' && reason === 'accidentDeath') ||
    (type === 'JP' && reason === 'survivor')
  );
}

/** JHT partial withdrawal while still working: 10 % (preparing retirement) or 30 % (housing). */
export const JHT_PARTIAL_PERCENT: Readonly<Partial<Record<ClaimReason<'JHT'>, number>>> = {
  partialRetirement: 10,
  partialHousing: 30,
};

/** PU: wage earner; BPU: non-wage (self-employed) participant; PMI: Indonesian migrant worker. */
export const PARTICIPANT_SEGMENTS = ['PU', 'BPU', 'PMI'] as const;
export type ParticipantSegment = (typeof PARTICIPANT_SEGMENTS)[number];

export const DOCUMENT_KINDS = [
  'kpjCard',
  'ektp',
  'kitas',
  'passport',
  'familyCard',
  'resignationLetter',
  'notWorkingStatement',
  'activeEmploymentLetter',
  'housingDocuments',
  'savingsBook',
  'recentPhoto',
  'formF5',
  'npwp',
  'doctorCertificate',
  'workHistoryStatement',
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
  'docNote.npwpWhereRequired',
  'docNote.layoffLetter',
  'docNote.contractEndLetter',
  'docNote.nonWageStatement',
  'docNote.passportMigrant',
  'docNote.kitasForeigner',
  'docNote.totalDisability',
  'docNote.occupationalDisease',
  'docNote.accidentReportStages',
  'docNote.doctorReport',
  'docNote.receiptsIfPaid',
  'docNote.guardianshipMinors',
  'docNote.policeReportRoad',
] as const;
export type DocumentNote = (typeof DOCUMENT_NOTES)[number];

/**
 * What decides which documents apply. Each flag is unknown until someone knows it: the kiosk
 * before the branch's membership data is read, the CSO until the balance is confirmed.
 */
export interface ClaimSegment {
  foreigner?: boolean;
  /** BPU: no employer, so no employer's letter. */
  nonWage?: boolean;
  /** PMI: works abroad; the passport is asked for. */
  migrantWorker?: boolean;
  /** Balance above Rp50 million or an earlier partial claim (tax.ts jhtNpwpRequired). */
  npwpRequired?: boolean;
  minorHeirs?: boolean;
  roadAccident?: boolean;
}
