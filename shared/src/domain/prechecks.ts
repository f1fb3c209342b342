// Checks the kiosk can run on typed data before a CSO joins, so the participant fixes typing
// mistakes at the booth and the CSO starts from a checklist instead of a blank form. Each check
// carries an i18n key and its parameters; wording lives in i18n, never here.
// Checks that depend on missing input (no NPWP typed, no balance known, NIK unreadable) are left
// out rather than reported as passed or failed.

import { JHT_NPWP_REQUIRED_ABOVE, jhtLumpSumTax } from './tax.js';
import { type KpjErrorCode, type KpjWarningCode, validateKpj } from './kpj.js';
import { accountHolderMatches } from './names.js';
import { type NikErrorCode, cleanNik, nikMatchesParticipant, parseNik, type Sex } from './nik.js';
import { type NpwpErrorCode, normalizeNpwp } from './npwp.js';

export const PRECHECK_IDS = [
  'nikStructure',
  'nikBirthDate',
  'nikSex',
  'kpjFormat',
  'npwpRequired',
  'npwpFormat',
  'accountHolder',
  'jhtTax',
] as const;
export type PreCheckId = (typeof PRECHECK_IDS)[number];

export const PRECHECK_MESSAGE_KEYS = [
  'precheck.nikStructure.ok',
  'precheck.nikBirthDate.ok',
  'precheck.nikBirthDate.mismatch',
  'precheck.nikSex.ok',
  'precheck.nikSex.nikFemale',
  'precheck.nikSex.nikMale',
  'precheck.kpjFormat.ok',
  'precheck.npwpRequired.notNeeded',
  'precheck.npwpRequired.provided',
  'precheck.npwpRequired.missing',
  'precheck.npwpFormat.ok',
  'precheck.accountHolder.match',
  'precheck.accountHolder.partial',
  'precheck.accountHolder.mismatch',
  'precheck.jhtTax.none',
  'precheck.jhtTax.amount',
  'precheck.jhtTax.noNpwpSurcharge',
] as const;
export type PreCheckMessageKey =
  (typeof PRECHECK_MESSAGE_KEYS)[number] | NikErrorCode | KpjErrorCode | KpjWarningCode | NpwpErrorCode;

export type PreCheckStatus = 'pass' | 'warn' | 'fail';

export interface PreCheck {
  id: PreCheckId;
  status: PreCheckStatus;
  messageKey: PreCheckMessageKey;
  params?: Record<string, string | number>;
}

export interface PreCheckInput {
  nik: string;
  kpj: string;
  birthDate: string; // YYYY-MM-DD
  sex: Sex;
  npwp?: string;
  jhtBalance?: number; // rupiah
  accountHolder?: string;
  participantName: string;
}

export function runPreChecks(input: PreCheckInput): PreCheck[] {
  return [...nikChecks(input), kpjCheck(input.kpj), ...npwpAndTaxChecks(input), ...nameCheck(input)];
}

function nikChecks({ nik, birthDate, sex }: PreCheckInput): PreCheck[] {
  const parsed = parseNik(nik);
  if (!parsed.ok) {
    const check: PreCheck = { id: 'nikStructure', status: 'fail', messageKey: parsed.error };
    if (parsed.error === 'nik.length') check.params = { count: cleanNik(nik).length };
    return [check];
  }
  const match = nikMatchesParticipant(parsed.value.nik, { birthDate, sex });
  return [
    { id: 'nikStructure', status: 'pass', messageKey: 'precheck.nikStructure.ok' },
    match.birthDateMatches
      ? { id: 'nikBirthDate', status: 'pass', messageKey: 'precheck.nikBirthDate.ok', params: { birthDate } }
      : {
          id: 'nikBirthDate',
          status: 'fail',
          messageKey: 'precheck.nikBirthDate.mismatch',
          params: { nikBirthDate: parsed.value.birthDate, statedBirthDate: birthDate },
        },
    match.sexMatches
      ? { id: 'nikSex', status: 'pass', messageKey: 'precheck.nikSex.ok' }
      : {
          id: 'nikSex',
          status: 'fail',
          messageKey: parsed.value.sex === 'F' ? 'precheck.nikSex.nikFemale' : 'precheck.nikSex.nikMale',
        },
  ];
}

function kpjCheck(kpj: string): PreCheck {
  const result = validateKpj(kpj);
  if (!result.ok) {
    const check: PreCheck = { id: 'kpjFormat', status: 'fail', messageKey: result.error };
    if (result.error === 'kpj.length') check.params = { count: kpj.replace(/\D/g, '').length };
    return check;
  }
  if (result.warning) return { id: 'kpjFormat', status: 'warn', messageKey: result.warning };
  return { id: 'kpjFormat', status: 'pass', messageKey: 'precheck.kpjFormat.ok' };
}

function npwpAndTaxChecks({ npwp, jhtBalance }: PreCheckInput): PreCheck[] {
  const checks: PreCheck[] = [];
  const typed = npwp !== undefined && npwp.trim() !== '';
  const normalized = typed ? normalizeNpwp(npwp) : undefined;
  if (normalized) {
    checks.push(
      normalized.ok
        ? { id: 'npwpFormat', status: 'pass', messageKey: 'precheck.npwpFormat.ok' }
        : { id: 'npwpFormat', status: 'fail', messageKey: normalized.error },
    );
  }
  if (jhtBalance === undefined) return checks;

  const hasNpwp = normalized?.ok === true;
  const { tax, net, npwpRequired } = jhtLumpSumTax({ balance: jhtBalance, hasNpwp });
  const params = { threshold: JHT_NPWP_REQUIRED_ABOVE };
  if (!npwpRequired) {
    checks.push({
      id: 'npwpRequired',
      status: 'pass',
      messageKey: 'precheck.npwpRequired.notNeeded',
      params,
    });
  } else if (hasNpwp) {
    checks.push({ id: 'npwpRequired', status: 'pass', messageKey: 'precheck.npwpRequired.provided', params });
  } else {
    checks.push({ id: 'npwpRequired', status: 'fail', messageKey: 'precheck.npwpRequired.missing', params });
  }

  const amounts = { balance: jhtBalance, tax, net };
  if (tax === 0) {
    checks.push({ id: 'jhtTax', status: 'pass', messageKey: 'precheck.jhtTax.none', params: amounts });
  } else if (hasNpwp) {
    checks.push({ id: 'jhtTax', status: 'pass', messageKey: 'precheck.jhtTax.amount', params: amounts });
  } else {
    const withNpwp = jhtLumpSumTax({ balance: jhtBalance, hasNpwp: true }).tax;
    checks.push({
      id: 'jhtTax',
      status: 'warn',
      messageKey: 'precheck.jhtTax.noNpwpSurcharge',
      params: { ...amounts, extra: tax - withNpwp },
    });
  }
  return checks;
}

function nameCheck({ accountHolder, participantName }: PreCheckInput): PreCheck[] {
  if (accountHolder === undefined || accountHolder.trim() === '') return [];
  const params = { accountHolder, participantName };
  const result = accountHolderMatches(accountHolder, participantName);
  const status: PreCheckStatus = result === 'match' ? 'pass' : result === 'partial' ? 'warn' : 'fail';
  return [{ id: 'accountHolder', status, messageKey: `precheck.accountHolder.${result}`, params }];
}
