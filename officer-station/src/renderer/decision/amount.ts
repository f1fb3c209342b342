// The amount an approval pays, as the CSO confirms it: suggested from the JHT balance the CSO
// confirmed (or the branch copy's), a tenth or three tenths of it for a partial JHT claim, and
// typed by the CSO for the other programmes, whose benefit is not a balance.

import type { CaseFacts, SlotView } from '@bilik/shared';

type Session = NonNullable<SlotView['session']>;

const PARTIAL_SHARE: Readonly<Record<string, number>> = { partialRetirement: 0.1, partialHousing: 0.3 };

export function suggestedAmount(session: Session, facts: CaseFacts): number | null {
  if (session.claimType !== 'JHT') return null;
  const balance = facts.jhtBalance ?? session.membership?.jhtBalance ?? null;
  if (balance === null || balance <= 0) return null;
  const share = PARTIAL_SHARE[session.reason ?? ''] ?? 1;
  return Math.floor(balance * share);
}

/** Rupiah grouped the Indonesian way, without the currency sign: "42.500.000". */
export function groupRupiah(amount: number): string {
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(amount);
}
