import { describe, expect, it } from 'vitest';
import {
  JHT_LUMP_SUM_TAX_FREE_LIMIT,
  JHT_NPWP_REQUIRED_ABOVE,
  NO_NPWP_SURCHARGE_PERCENT,
  jhtLumpSumTax,
} from './tax.js';

describe('jhtLumpSumTax', () => {
  it('uses the PP 68/2009 figures', () => {
    expect(JHT_LUMP_SUM_TAX_FREE_LIMIT).toBe(50_000_000);
    expect(JHT_NPWP_REQUIRED_ABOVE).toBe(50_000_000);
    expect(NO_NPWP_SURCHARGE_PERCENT).toBe(20);
  });

  it('does not tax a balance up to Rp50 million, with or without NPWP', () => {
    expect(jhtLumpSumTax({ balance: 0, hasNpwp: false })).toEqual({ tax: 0, net: 0, npwpRequired: false });
    expect(jhtLumpSumTax({ balance: 35_750_000, hasNpwp: false })).toEqual({
      tax: 0,
      net: 35_750_000,
      npwpRequired: false,
    });
    expect(jhtLumpSumTax({ balance: 50_000_000, hasNpwp: true })).toEqual({
      tax: 0,
      net: 50_000_000,
      npwpRequired: false,
    });
  });

  it('taxes 5 % of the part above Rp50 million with NPWP, 6 % without', () => {
    expect(jhtLumpSumTax({ balance: 100_000_000, hasNpwp: true })).toEqual({
      tax: 2_500_000,
      net: 97_500_000,
      npwpRequired: true,
    });
    expect(jhtLumpSumTax({ balance: 100_000_000, hasNpwp: false })).toEqual({
      tax: 3_000_000,
      net: 97_000_000,
      npwpRequired: true,
    });
  });

  it('needs an NPWP from the first rupiah above the limit', () => {
    expect(jhtLumpSumTax({ balance: 50_000_001, hasNpwp: false })).toEqual({
      tax: 0,
      net: 50_000_001,
      npwpRequired: true,
    });
  });

  it('rounds the tax down to whole rupiah', () => {
    // 5 % of 25,000,033 = 1,250,001.65; 6 % = 1,500,001.98
    expect(jhtLumpSumTax({ balance: 75_000_033, hasNpwp: true }).tax).toBe(1_250_001);
    expect(jhtLumpSumTax({ balance: 75_000_033, hasNpwp: false }).tax).toBe(1_500_001);
  });

  it('stays exact for very large balances', () => {
    const balance = 9_007_199_254_740_991; // Number.MAX_SAFE_INTEGER
    const { tax, net } = jhtLumpSumTax({ balance, hasNpwp: false });
    expect(BigInt(tax)).toBe(((BigInt(balance) - 50_000_000n) * 6n) / 100n);
    expect(tax + net).toBe(balance);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a balance of %s', (balance) => {
    expect(() => jhtLumpSumTax({ balance, hasNpwp: true })).toThrow(RangeError);
  });
});
