import { describe, expect, it } from 'vitest';
import { membershipRecord, slotView, type SlotSession } from '../test-support/slotView.js';
import { groupRupiah, suggestedAmount } from './amount.js';

describe('suggestedAmount', () => {
  const slotSession = (s: Partial<SlotSession>) => slotView(0, s).session!;
  const membership = (jhtBalance: number | null) => membershipRecord({ jhtBalance });

  it('suggests the confirmed JHT balance, else the branch copy, and a share of it for partial claims', () => {
    const jht = slotSession({ claimType: 'JHT', reason: 'resignation', membership: membership(42_500_000) });
    expect(suggestedAmount(jht, {})).toBe(42_500_000);
    expect(suggestedAmount(jht, { jhtBalance: 40_000_000 })).toBe(40_000_000);
    expect(suggestedAmount({ ...jht, reason: 'partialRetirement' }, {})).toBe(4_250_000);
    expect(suggestedAmount({ ...jht, reason: 'partialHousing' }, {})).toBe(12_750_000);
  });

  it('suggests nothing where there is no balance to go by', () => {
    expect(
      suggestedAmount(slotSession({ claimType: 'JKM', reason: 'standard' }), { jhtBalance: 1 }),
    ).toBeNull();
    expect(suggestedAmount(slotSession({ claimType: 'JHT', membership: membership(null) }), {})).toBeNull();
  });

  it('groups rupiah with dots', () => {
    expect(groupRupiah(42_500_000)).toBe('42.500.000');
  });
});
