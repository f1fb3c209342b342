import { describe, expect, it } from 'vitest';
import { JHT_LUMP_SUM_TAX_FREE_LIMIT, JHT_NPWP_REQUIRED_ABOVE, jhtNpwpRequired, jhtTax } from './tax.js';

const lumpSum = (amount: number, hasNpwp = true) => jhtTax({ amount, hasNpwp, paymentYear: 2026 });

describe('jhtTax, lump sum (PP 68/2009)', () => {
  it('uses the PP 68/2009 figures', () => {
    expect(JHT_LUMP_SUM_TAX_FREE_LIMIT).toBe(50_000_000);
    expect(JHT_NPWP_REQUIRED_ABOVE).toBe(50_000_000);
  });

  it('does not tax up to Rp50,000,000, and taxes the first rupiah above at 5 %', () => {
    expect(lumpSum(0)).toEqual({ tax: 0, net: 0, regime: 'final' });
    expect(lumpSum(50_000_000)).toEqual({ tax: 0, net: 50_000_000, regime: 'final' });
    // 5 % of Rp1 rounds down to nothing; of Rp20 it is Rp1.
    expect(lumpSum(50_000_001).tax).toBe(0);
    expect(lumpSum(50_000_020).tax).toBe(1);
  });

  it('taxes 5 % of the part above Rp50 million', () => {
    expect(lumpSum(100_000_000)).toEqual({ tax: 2_500_000, net: 97_500_000, regime: 'final' });
    expect(lumpSum(87_250_000).tax).toBe(1_862_500);
  });

  it('adds no surcharge without NPWP unless the branch turns it on (unconfirmed rule)', () => {
    expect(lumpSum(100_000_000, false).tax).toBe(2_500_000);
    const withSurcharge = jhtTax({
      amount: 100_000_000,
      hasNpwp: false,
      paymentYear: 2026,
      noNpwpSurchargePercent: 20,
    });
    expect(withSurcharge.tax).toBe(3_000_000);
    expect(
      jhtTax({ amount: 100_000_000, hasNpwp: true, paymentYear: 2026, noNpwpSurchargePercent: 20 }).tax,
    ).toBe(2_500_000);
  });

  it('rounds the tax down to whole rupiah', () => {
    // 5 % of 25,000,033 = 1,250,001.65
    expect(lumpSum(75_000_033).tax).toBe(1_250_001);
  });

  it('stays exact for very large amounts', () => {
    const amount = 9_007_199_254_740_991; // Number.MAX_SAFE_INTEGER
    const { tax, net } = lumpSum(amount);
    expect(BigInt(tax)).toBe(((BigInt(amount) - 50_000_000n) * 5n) / 100n);
    expect(tax + net).toBe(amount);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses an amount of %s', (amount) => {
    expect(() => lumpSum(amount)).toThrow(RangeError);
  });
});

describe('jhtTax, staggered payment', () => {
  // A 10 % partial claim of Rp20 million paid in 2024; the rest is paid later.
  const rest = (paymentYear: number) =>
    jhtTax({
      amount: 180_000_000,
      hasNpwp: true,
      paymentYear,
      firstPaymentYear: 2024,
      paidEarlier: 20_000_000,
    });

  it('in year 2 stays final, with the 0 % band shared with the earlier payment', () => {
    // Running total 200 m: 5 % of 150 m = 7.5 m, the earlier 20 m bore nothing.
    expect(rest(2025)).toEqual({ tax: 7_500_000, net: 172_500_000, regime: 'final' });
  });

  it('in year 3 uses the progressive rates of UU PPh art. 17', () => {
    // 5 % of 60 m + 15 % of the next 120 m = 3 m + 18 m
    expect(rest(2026)).toEqual({ tax: 21_000_000, net: 159_000_000, regime: 'progressive' });
  });

  it('walks every art. 17 bracket', () => {
    const { tax } = jhtTax({
      amount: 6_000_000_000,
      hasNpwp: true,
      paymentYear: 2030,
      firstPaymentYear: 2020,
    });
    // 3 m + 28.5 m + 62.5 m + 1,350 m + 350 m
    expect(tax).toBe(1_794_000_000);
  });
});

describe('jhtNpwpRequired', () => {
  it('needs an NPWP from the first rupiah above Rp50 million', () => {
    expect(jhtNpwpRequired({ balance: 50_000_000, earlierPartialClaim: false })).toBe(false);
    expect(jhtNpwpRequired({ balance: 50_000_001, earlierPartialClaim: false })).toBe(true);
  });

  it('needs an NPWP after an earlier partial claim, whatever the balance', () => {
    expect(jhtNpwpRequired({ balance: 1_000_000, earlierPartialClaim: true })).toBe(true);
  });
});
