import { describe, expect, it } from 'vitest';
import { bringByDate, pendingDaysFromEnv } from './pendingDeadline.js';

describe('bringByDate', () => {
  it('counts calendar days from the decision day in WIB', () => {
    expect(bringByDate('2026-01-10T03:00:00.000Z', 30)).toBe('2026-02-09');
    // 20:00 UTC is already the next day in Jakarta.
    expect(bringByDate('2026-01-10T20:00:00.000Z', 1)).toBe('2026-01-12');
  });

  it('reads the setting, falling back to 30 days for nonsense', () => {
    expect(pendingDaysFromEnv({ BILIK_PENDING_DAYS: '14' })).toBe(14);
    expect(pendingDaysFromEnv({ BILIK_PENDING_DAYS: 'soon' })).toBe(30);
    expect(pendingDaysFromEnv({})).toBe(30);
  });
});
