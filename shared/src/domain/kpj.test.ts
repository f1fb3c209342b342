import { describe, expect, it } from 'vitest';
import { validateKpj } from './kpj.js';

describe('validateKpj', () => {
  it('accepts a current 11-digit number without warning', () => {
    expect(validateKpj('19012345678')).toEqual({ ok: true, value: '19012345678' });
    expect(validateKpj(' 190 1234 5678 ')).toEqual({ ok: true, value: '19012345678' });
  });

  it.each([
    ['JN12345678', '12345678'],
    ['jn 0912 3456', '09123456'],
    ['JN-1234-5678', '12345678'],
    ['1234-5678-901', '12345678901'],
    ['123456789', '123456789'],
    ['1234567890', '1234567890'],
  ])('accepts the old card format %j as %s with a warning', (input, value) => {
    expect(validateKpj(input)).toEqual({ ok: true, value, warning: 'kpj.oldFormat' });
  });

  it.each([
    ['', 'kpj.empty'],
    ['   ', 'kpj.empty'],
    ['1901234S678', 'kpj.notDigits'],
    ['JN', 'kpj.notDigits'],
    ['JN--', 'kpj.notDigits'],
    ['ABCD12345678', 'kpj.notDigits'],
    ['12345678JN', 'kpj.notDigits'],
    ['1234567', 'kpj.length'],
    ['JN1234567', 'kpj.length'],
    ['190123456789', 'kpj.length'],
  ])('rejects %j with %s', (input, error) => {
    expect(validateKpj(input)).toEqual({ ok: false, error });
  });
});
