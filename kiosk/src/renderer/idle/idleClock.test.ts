import { describe, expect, it } from 'vitest';
import { idlePhase, presenceAnswerSeconds } from './idleClock.js';

describe('idlePhase', () => {
  it('is active, then counts down the last 15 s, then expires', () => {
    expect(idlePhase(0, 74_999, 90)).toEqual({ phase: 'active' });
    expect(idlePhase(0, 75_000, 90)).toEqual({ phase: 'warning', secondsLeft: 15 });
    expect(idlePhase(0, 89_001, 90)).toEqual({ phase: 'warning', secondsLeft: 1 });
    expect(idlePhase(0, 90_000, 90)).toEqual({ phase: 'expired' });
  });

  it('warns from the start when the timeout is shorter than the warning', () => {
    expect(idlePhase(0, 0, 10)).toEqual({ phase: 'warning', secondsLeft: 10 });
  });
});

describe('presenceAnswerSeconds', () => {
  it('gives a minute to answer, or half of a shorter timeout', () => {
    expect(presenceAnswerSeconds(300)).toBe(60);
    expect(presenceAnswerSeconds(14)).toBe(7);
    expect(presenceAnswerSeconds(1)).toBe(1);
  });
});
