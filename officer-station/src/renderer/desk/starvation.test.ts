import { describe, expect, it } from 'vitest';
import { slotView } from '../test-support/slotView.js';
import { longestUnattended } from './starvation.js';

describe('longestUnattended', () => {
  it('counts a never-served booth from check-in and a held one from its last turn', () => {
    const slots = [
      slotView(0, { state: 'onHold', waitingSince: '2026-03-02T09:05:00Z' }),
      // Seated just now, but checked in long ago: it has waited longest.
      slotView(1, { checkedInAt: '2026-03-02T08:50:00Z', waitingSince: '2026-03-02T09:09:00Z' }),
      slotView(2, null),
      slotView(3, { checkedInAt: '2026-03-02T09:03:00Z' }),
    ];
    expect(longestUnattended(slots, null)).toBe('s1');
  });

  it('never points at the focused booth, a decided or absent one, or one without a wait', () => {
    const slots = [
      slotView(0, { checkedInAt: '2026-03-02T08:00:00Z' }),
      slotView(1, {
        state: 'onHold',
        decision: { decision: 'approved', reference: 'R', reason: null, missing: [] },
      }),
      slotView(2, { state: 'onHold', waitingSince: null }),
      slotView(3, { checkedInAt: '2026-03-02T08:10:00Z', absentSince: '2026-03-02T08:20:00Z' }),
      slotView(4, { checkedInAt: '2026-03-02T09:04:00Z' }),
    ];
    expect(longestUnattended(slots, 's0')).toBe('s4');
  });

  it('lets a priority participant win a tie, then the lower slot', () => {
    const at = '2026-03-02T09:02:00Z';
    expect(
      longestUnattended(
        [slotView(0, { checkedInAt: at }), slotView(1, { checkedInAt: at, priorityNeed: 'elderly' })],
        null,
      ),
    ).toBe('s1');
    expect(
      longestUnattended([slotView(4, { checkedInAt: at }), slotView(2, { checkedInAt: at })], null),
    ).toBe('s2');
  });

  it('returns null when nobody waits', () => {
    expect(longestUnattended([slotView(0, null), slotView(1, { state: 'inConversation' })], 's1')).toBeNull();
  });
});
