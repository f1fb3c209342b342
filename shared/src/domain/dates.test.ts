import { describe, expect, it } from 'vitest';
import { addMonths, addYears, ageOn, isIsoDate, localIsoDate } from './dates.js';

describe('calendar dates', () => {
  it('adds months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-12-10', 1)).toBe('2026-01-10');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('adds years; 29 February becomes 28 February in a common year', () => {
    expect(addYears('2016-03-01', 10)).toBe('2026-03-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('counts completed years of age', () => {
    expect(ageOn('1970-03-02', '2026-03-01')).toBe(55);
    expect(ageOn('1970-03-02', '2026-03-02')).toBe(56);
    expect(ageOn('1968-02-29', '2024-02-28')).toBe(55);
    expect(ageOn('1968-02-29', '2024-02-29')).toBe(56);
  });

  it('tells real calendar days from look-alikes', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('26-02-28')).toBe(false);
    expect(() => addMonths('2026-13-01', 1)).toThrow(RangeError);
  });

  it('reads today in the local calendar', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
