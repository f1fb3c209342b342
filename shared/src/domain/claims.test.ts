import { describe, expect, it } from 'vitest';
import { CLAIM_REASONS, CLAIM_TYPES, isDeathClaim, isValidClaim } from './claims.js';

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
      'partialRetirement',
      'partialHousing',
    ]);
    expect(CLAIM_REASONS.JP).toEqual(['oldAge', 'disability', 'survivor']);
    expect(CLAIM_REASONS.JKK).toEqual(['workAccident', 'accidentDeath', 'occupationalDisease']);
    expect(CLAIM_REASONS.JKM).toEqual(['standard']);
  });

  it('validates type/reason pairs from untrusted input', () => {
    expect(isValidClaim('JHT', 'layoff')).toBe(true);
    expect(isValidClaim('JP', 'survivor')).toBe(true);
    expect(isValidClaim('JKK', 'occupationalDisease')).toBe(true);
    expect(isValidClaim('JKK', 'standard')).toBe(false);
    expect(isValidClaim('JKK', 'layoff')).toBe(false);
    expect(isValidClaim('JP', 'resignation')).toBe(false);
    expect(isValidClaim('JHT', 'standard')).toBe(false);
    expect(isValidClaim('BPJS', 'standard')).toBe(false);
    expect(isValidClaim('toString', 'standard')).toBe(false);
  });

  it('knows which claims an heir makes', () => {
    expect(isDeathClaim('JHT', 'death')).toBe(true);
    expect(isDeathClaim('JKM', 'standard')).toBe(true);
    expect(isDeathClaim('JKK', 'accidentDeath')).toBe(true);
    expect(isDeathClaim('JP', 'survivor')).toBe(true);
    expect(isDeathClaim('JHT', 'resignation')).toBe(false);
    expect(isDeathClaim('JKK', 'workAccident')).toBe(false);
    expect(isDeathClaim('JP', 'oldAge')).toBe(false);
  });
});
