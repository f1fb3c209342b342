// KPJ (Kartu Peserta Jamsostek) participant number. Current cards print 11 digits; older
// Jamsostek cards carry 8–10 digits, a letter prefix (e.g. 'JN') or dashes. Those are still
// honoured, but flagged so the CSO checks the number against the membership record.
// [?] The exact historic formats are not published; the bounds below are data, not logic.

export const KPJ_ERROR_CODES = ['kpj.empty', 'kpj.notDigits', 'kpj.length'] as const;
export type KpjErrorCode = (typeof KPJ_ERROR_CODES)[number];
export const KPJ_WARNING_CODES = ['kpj.oldFormat'] as const;
export type KpjWarningCode = (typeof KPJ_WARNING_CODES)[number];

export const KPJ_LENGTH = 11;
export const KPJ_OLD_MIN_LENGTH = 8;
export const KPJ_OLD_MAX_PREFIX_LETTERS = 3;

export type KpjResult =
  { ok: true; value: string; warning?: KpjWarningCode } | { ok: false; error: KpjErrorCode };

export function validateKpj(input: string): KpjResult {
  // Spaces and dots are how people group digits when typing; they say nothing about the card.
  const typed = input.replace(/[\s.]/g, '').toUpperCase();
  if (typed === '') return { ok: false, error: 'kpj.empty' };

  const old = new RegExp(`^([A-Z]{1,${KPJ_OLD_MAX_PREFIX_LETTERS}})?([\\d-]+)$`).exec(typed);
  const prefix = old?.[1];
  const body = old?.[2];
  if (body === undefined) return { ok: false, error: 'kpj.notDigits' };

  const digits = body.replace(/-/g, '');
  if (digits === '') return { ok: false, error: 'kpj.notDigits' };
  if (digits.length < KPJ_OLD_MIN_LENGTH || digits.length > KPJ_LENGTH) {
    return { ok: false, error: 'kpj.length' };
  }

  const looksOld = prefix !== undefined || body.includes('-') || digits.length < KPJ_LENGTH;
  return looksOld ? { ok: true, value: digits, warning: 'kpj.oldFormat' } : { ok: true, value: digits };
}
