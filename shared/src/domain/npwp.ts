// NPWP (taxpayer number). The old form has 15 digits, printed XX.XXX.XXX.X-XXX.XXX; since the
// 2024 reform it has 16 digits (residents use their NIK). We store one canonical 16-digit form,
// and the official conversion of an old number is a leading 0.

export const NPWP_ERROR_CODES = ['npwp.empty', 'npwp.notDigits', 'npwp.length'] as const;
export type NpwpErrorCode = (typeof NPWP_ERROR_CODES)[number];

export const NPWP_OLD_LENGTH = 15;
export const NPWP_LENGTH = 16;

export type NpwpResult = { ok: true; value: string } | { ok: false; error: NpwpErrorCode };

export function normalizeNpwp(input: string): NpwpResult {
  const digits = input.replace(/[\s.-]/g, '');
  if (digits === '') return { ok: false, error: 'npwp.empty' };
  if (!/^\d+$/.test(digits)) return { ok: false, error: 'npwp.notDigits' };
  if (digits.length === NPWP_OLD_LENGTH) return { ok: true, value: `0${digits}` };
  if (digits.length === NPWP_LENGTH) return { ok: true, value: digits };
  return { ok: false, error: 'npwp.length' };
}
