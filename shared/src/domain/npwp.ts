// NPWP (taxpayer number), PMK 112/2022: a resident individual's NPWP is their NIK; everyone else
// (non-residents, companies, bodies) keeps a 16-digit NPWP that is the old 15-digit number with a
// leading 0. We store one canonical 16-digit form and remember which of the two it is.

export const NPWP_ERROR_CODES = ['npwp.empty', 'npwp.notDigits', 'npwp.length', 'npwp.zero'] as const;
export type NpwpErrorCode = (typeof NPWP_ERROR_CODES)[number];

export const NPWP_OLD_LENGTH = 15;
export const NPWP_LENGTH = 16;

/** 'nik': the 16-digit form of a resident individual (PMK 112/2022); 'legacy': "0" + the old 15 digits. */
export type NpwpKind = 'nik' | 'legacy';

export type NpwpResult = { ok: true; value: string; kind: NpwpKind } | { ok: false; error: NpwpErrorCode };

export function normalizeNpwp(input: string): NpwpResult {
  const digits = input.replace(/[\s.-]/g, '');
  if (digits === '') return { ok: false, error: 'npwp.empty' };
  if (!/^\d+$/.test(digits)) return { ok: false, error: 'npwp.notDigits' };
  if (digits.length !== NPWP_OLD_LENGTH && digits.length !== NPWP_LENGTH) {
    return { ok: false, error: 'npwp.length' };
  }
  // "000000000000000" is what forms carry when someone has no NPWP; it names no taxpayer.
  if (/^0+$/.test(digits)) return { ok: false, error: 'npwp.zero' };
  const value = digits.length === NPWP_OLD_LENGTH ? `0${digits}` : digits;
  // No NIK starts with 0 (province codes start at 11), so a leading 0 marks the converted form.
  return { ok: true, value, kind: value.startsWith('0') ? 'legacy' : 'nik' };
}

/**
 * How an NPWP relates to the participant's NIK: a 16-digit NIK-form NPWP must be that NIK
 * (PMK 112/2022); a legacy number cannot be compared and needs the CSO's eye.
 */
export function npwpAgainstNik(npwp: string, nik: string): 'sameAsNik' | 'otherNik' | 'legacy' | 'invalid' {
  const parsed = normalizeNpwp(npwp);
  if (!parsed.ok) return 'invalid';
  if (parsed.kind === 'legacy') return 'legacy';
  return parsed.value === nik.replace(/[\s.-]/g, '') ? 'sameAsNik' : 'otherNik';
}
