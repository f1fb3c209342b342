// Income tax withheld on a JHT payment. The figures are data so a new regulation is a change of
// constants, not of code. Tax is rounded down: nobody is charged a fraction of a rupiah.

export interface TaxBracket {
  upTo: number; // rupiah, inclusive upper bound of this bracket; Infinity for the last one
  rateBasisPoints: number; // 500 = 5 %
}

// PP 68/2009: JHT paid as a lump sum within the first two calendar years — final tax, 0 % up to
// Rp50 million and 5 % above.
export const JHT_LUMP_SUM_TAX_FREE_LIMIT = 50_000_000;
export const JHT_LUMP_SUM_TAX_BRACKETS: readonly TaxBracket[] = [
  { upTo: JHT_LUMP_SUM_TAX_FREE_LIMIT, rateBasisPoints: 0 },
  { upTo: Infinity, rateBasisPoints: 500 },
];

// PP 68/2009: the part paid in the third calendar year or later is taxed at the UU PPh art. 17(1)(a)
// rates, here as amended by UU HPP 7/2021.
export const PPH_ARTICLE_17_BRACKETS: readonly TaxBracket[] = [
  { upTo: 60_000_000, rateBasisPoints: 500 },
  { upTo: 250_000_000, rateBasisPoints: 1500 },
  { upTo: 500_000_000, rateBasisPoints: 2500 },
  { upTo: 5_000_000_000, rateBasisPoints: 3000 },
  { upTo: Infinity, rateBasisPoints: 3500 },
];

// From the third calendar year counting the year of the first payment as the first.
export const JHT_FINAL_TAX_CALENDAR_YEARS = 2;

// BPJS Ketenagakerjaan asks for an NPWP once the balance is taxable at all (DESIGN.md §2).
export const JHT_NPWP_REQUIRED_ABOVE = JHT_LUMP_SUM_TAX_FREE_LIMIT;

export interface JhtTaxInput {
  /** Rupiah paid now. */
  amount: number;
  hasNpwp: boolean;
  /** Calendar year of this payment. */
  paymentYear: number;
  /** Calendar year of the first payment of this JHT (an earlier partial claim); default: this one. */
  firstPaymentYear?: number;
  /** Rupiah paid earlier within the first two calendar years: it used up part of the 0 % band. */
  paidEarlier?: number;
  /** Extra percent without NPWP (DomainPolicy.noNpwpSurchargePercent; 0 = none). */
  noNpwpSurchargePercent?: number;
}

export interface JhtTax {
  tax: number;
  net: number;
  regime: 'final' | 'progressive';
}

export function jhtTax(input: JhtTaxInput): JhtTax {
  const { amount, hasNpwp, paymentYear } = input;
  requireRupiah(amount, 'JHT amount');
  const paidEarlier = input.paidEarlier ?? 0;
  requireRupiah(paidEarlier, 'earlier JHT payment');
  const yearIndex = paymentYear - (input.firstPaymentYear ?? paymentYear) + 1;
  const regime = yearIndex > JHT_FINAL_TAX_CALENDAR_YEARS ? 'progressive' : 'final';
  // Within the window the 0 % band is shared with what was paid before: tax the running total
  // and subtract what the earlier part already bore.
  const weighted =
    regime === 'final'
      ? weightedTax(paidEarlier + amount, JHT_LUMP_SUM_TAX_BRACKETS) -
        weightedTax(paidEarlier, JHT_LUMP_SUM_TAX_BRACKETS)
      : weightedTax(amount, PPH_ARTICLE_17_BRACKETS);
  const surcharge = BigInt(100 + (hasNpwp ? 0 : (input.noNpwpSurchargePercent ?? 0)));
  const tax = Number((weighted * surcharge) / 1_000_000n);
  return { tax, net: amount - tax, regime };
}

/** NPWP is needed above Rp50 million, and after an earlier partial JHT claim (DESIGN.md §2). */
export function jhtNpwpRequired(input: { balance: number; earlierPartialClaim: boolean }): boolean {
  return input.balance > JHT_NPWP_REQUIRED_ABOVE || input.earlierPartialClaim;
}

// rupiah × basis points, in BigInt so amount × rate × surcharge stays exact for any balance.
function weightedTax(amount: number, brackets: readonly TaxBracket[]): bigint {
  let weighted = 0n;
  let lower = 0;
  for (const bracket of brackets) {
    if (amount <= lower) break;
    weighted += BigInt(Math.min(amount, bracket.upTo) - lower) * BigInt(bracket.rateBasisPoints);
    lower = bracket.upTo;
  }
  return weighted;
}

function requireRupiah(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative whole rupiah amount, got ${value}`);
  }
}
