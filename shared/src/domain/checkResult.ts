// What a pre-check reports to the CSO. Three levels:
//   pass — nothing to do;
//   warn — the CSO looks (the original on camera, the membership record) and confirms with a
//          reason before approving: "to confirm" when data is missing, or a doubt that has an
//          innocent explanation (a corrected birth date, an abbreviated bank-book name);
//   fail — approval is blocked until the cause is fixed (a different account holder, a waiting
//          period not yet over).
// Each check carries an i18n key and its parameters; wording lives in i18n, never here.

export const PRECHECK_IDS = [
  'nikStructure',
  'nikBirthDate',
  'nikSex',
  'kpjFormat',
  'npwpFormat',
  'npwpRequired',
  'jhtTax',
  'accountHolder',
  'jhtWorkEnd',
  'jhtPensionAge',
  'jhtPartial',
  'leavingIndonesia',
  'deathDate',
  'jpPensionAge',
  'jpBenefit',
] as const;
export type PreCheckId = (typeof PRECHECK_IDS)[number];

export type PreCheckStatus = 'pass' | 'warn' | 'fail';

const keys = <P extends string, S extends string>(prefix: P, suffixes: readonly S[]) =>
  suffixes.map((s) => `${prefix}.${s}` as const);

export const PRECHECK_MESSAGE_KEYS = [
  ...keys('precheck.nikStructure', [
    'ok',
    'empty',
    'notDigits',
    'length',
    'province',
    'regency',
    'district',
    'day',
    'month',
    'date',
    'serial',
  ]),
  ...keys('precheck.nikBirthDate', ['ok', 'mismatch']),
  ...keys('precheck.nikSex', ['ok', 'nikFemale', 'nikMale']),
  ...keys('precheck.kpjFormat', ['ok', 'empty', 'notDigits', 'length', 'oldFormat']),
  ...keys('precheck.npwpFormat', [
    'sameAsNik',
    'otherNik',
    'legacy',
    'legacyResident',
    'empty',
    'notDigits',
    'length',
    'zero',
  ]),
  ...keys('precheck.npwpRequired', [
    'notNeeded',
    'provided',
    'missing',
    'missingAfterPartial',
    'unknownBalance',
  ]),
  ...keys('precheck.jhtTax', ['none', 'final', 'progressive', 'surcharge']),
  ...keys('precheck.accountHolder', [
    'match',
    'partial',
    'mismatch',
    'missing',
    'nameUnknown',
    'heirMatch',
    'heirPartial',
    'heirMismatch',
    'heirUnknown',
  ]),
  ...keys('precheck.jhtWorkEnd', ['ok', 'waiting', 'unknown', 'future', 'nonWage']),
  ...keys('precheck.jhtPensionAge', ['ok', 'tooYoung']),
  ...keys('precheck.jhtPartial', ['ok', 'tooShort', 'already', 'unknown', 'workEnded']),
  ...keys('precheck.leavingIndonesia', ['foreigner', 'citizen']),
  ...keys('precheck.deathDate', ['ok', 'unknown', 'future']),
  ...keys('precheck.jpPensionAge', ['ok', 'tooYoung']),
  ...keys('precheck.jpBenefit', ['monthly', 'lumpSum', 'unknown']),
];
export type PreCheckMessageKey = (typeof PRECHECK_MESSAGE_KEYS)[number];

export interface PreCheck {
  id: PreCheckId;
  status: PreCheckStatus;
  messageKey: PreCheckMessageKey;
  params?: Record<string, string | number>;
}

export function check(
  id: PreCheckId,
  status: PreCheckStatus,
  messageKey: PreCheckMessageKey,
  params?: Record<string, string | number>,
): PreCheck {
  return params ? { id, status, messageKey, params } : { id, status, messageKey };
}

type Suffix<P extends string, C> = C extends `${P}.${infer S}` ? S : never;

/** 'nik.province' → 'province': identifier error codes map onto the CSO's wording by their suffix. */
export function codeSuffix<P extends string, C extends `${P}.${string}`>(prefix: P, code: C): Suffix<P, C> {
  return code.slice(prefix.length + 1) as Suffix<P, C>;
}
