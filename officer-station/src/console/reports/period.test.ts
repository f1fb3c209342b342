import { describe, expect, it } from 'vitest';
import { monthPeriod } from './period.js';

describe('monthPeriod', () => {
  it('gives this month up to today and last month whole, across a year end', () => {
    const today = new Date(2026, 0, 14);
    expect(monthPeriod(today, 0)).toEqual({ from: '2026-01-01', to: '2026-01-14' });
    expect(monthPeriod(today, -1)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(monthPeriod(new Date(2024, 2, 3), -1)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
});
