import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwords.js';

describe('passwordProblem', () => {
  it('accepts ten characters or more that are not the username', () => {
    expect(passwordProblem('rina', 'kopi-susu-7')).toBeNull();
    expect(passwordProblem('rina', 'x'.repeat(10))).toBeNull();
  });

  it('refuses short, overlong and username passwords', () => {
    expect(passwordProblem('rina', 'x'.repeat(9))).toBe('tooShort');
    expect(passwordProblem('rina', 'x'.repeat(201))).toBe('tooLong');
    expect(passwordProblem('supervisor', 'supervisor')).toBe('sameAsUsername');
    expect(passwordProblem('supervisor1', ' SuperVisor1 ')).toBe('sameAsUsername');
  });
});
