import { describe, expect, it } from 'vitest';
import { slotView } from '../test-support/slotView.js';
import { longestUnattended } from './starvation.js';

describe('longestUnattended', () => {
  it('picks the held booth whose wait started earliest', () => {
    const slots = [
      slotView(0, { waitingSince: '2026-03-02T09:05:00Z', state: 'onHold' }),
      slotView(1, { waitingSince: '2026-03-02T09:01:00Z' }),
      slotView(2, null),
      slotView(3, { waitingSince: '2026-03-02T09:03:00Z' }),
    ];
    expect(longestUnattended(slots, null)).toBe('s1');
  });

  it('never points at the focused booth, a decided booth or one without a wait', () => {
    const slots = [
      slotView(0, { waitingSince: '2026-03-02T09:00:00Z' }),
      slotView(1, { state: 'decided', waitingSince: '2026-03-02T08:00:00Z' }),
      slotView(2, { state: 'onHold', waitingSince: null }),
      slotView(3, { waitingSince: '2026-03-02T09:04:00Z' }),
    ];
    expect(longestUnattended(slots, 's0')).toBe('s3');
  });

  it('lets a priority participant win a tie, then the lower slot', () => {
    const at = '2026-03-02T09:02:00Z';
    expect(
      longestUnattended(
        [slotView(0, { waitingSince: at }), slotView(1, { waitingSince: at, priorityNeed: 'elderly' })],
        null,
      ),
    ).toBe('s1');
    expect(
      longestUnattended([slotView(4, { waitingSince: at }), slotView(2, { waitingSince: at })], null),
    ).toBe('s2');
  });

  it('returns null when nobody waits', () => {
    expect(longestUnattended([slotView(0, null), slotView(1, { state: 'inConversation' })], 's1')).toBeNull();
  });
});
