// Income tax withheld on a JHT lump sum (PP 68/2009): progressive brackets on the balance, and
// 20 % more for a recipient without an NPWP. The figures are data so a new regulation is a
// change of constants, not of code.

export interface TaxBracket {
  upTo: number; // rupiah, inclusive upper bound of this bracket; Infinity for the last one
  rateBasisPoints: number; // 500 = 5 %
}

export const JHT_LUMP_SUM_TAX_FREE_LIMIT = 50_000_000;
export const JHT_LUMP_SUM_TAX_BRACKETS: readonly TaxBracket[] = [
  { upTo: JHT_LUMP_SUM_TAX_FREE_LIMIT, rateBasisPoints: 0 },
  { upTo: Infinity, rateBasisPoints: 500 },
];
export const NO_NPWP_SURCHARGE_PERCENT = 20;
// BPJS asks for an NPWP once the balance is taxable at all.
export const JHT_NPWP_REQUIRED_ABOVE = JHT_LUMP_SUM_TAX_FREE_LIMIT;

export interface JhtTax {
  tax: number;
  net: number;
  npwpRequired: boolean;
}

export function jhtLumpSumTax(input: { balance: number; hasNpwp: boolean }): JhtTax {
  const { balance, hasNpwp } = input;
  if (!Number.isSafeInteger(balance) || balance < 0) {
    throw new RangeError(`JHT balance must be a non-negative whole rupiah amount, got ${balance}`);
  }
  // BigInt keeps amount × rate × surcharge exact for balances in the trillions.
  let weighted = 0n; // rupiah × basis points
  let lower = 0;
  for (const bracket of JHT_LUMP_SUM_TAX_BRACKETS) {
    if (balance <= lower) break;
    const inBracket = Math.min(balance, bracket.upTo) - lower;
    weighted += BigInt(inBracket) * BigInt(bracket.rateBasisPoints);
    lower = bracket.upTo;
  }
  const surcharge = BigInt(100 + (hasNpwp ? 0 : NO_NPWP_SURCHARGE_PERCENT));
  // Tax is rounded down: the participant is never charged a fraction of a rupiah.
  const tax = Number((weighted * surcharge) / 1_000_000n);
  return { tax, net: balance - tax, npwpRequired: balance > JHT_NPWP_REQUIRED_ABOVE };
}
