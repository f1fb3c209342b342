import { describe, expect, it } from 'vitest';
import { normalizeNpwp } from './npwp.js';

describe('normalizeNpwp', () => {
  it('turns an old printed 15-digit NPWP into the 16-digit form', () => {
    expect(normalizeNpwp('01.234.567.8-901.000')).toEqual({ ok: true, value: '0012345678901000' });
    expect(normalizeNpwp('012345678901000')).toEqual({ ok: true, value: '0012345678901000' });
  });

  it('keeps a 16-digit NPWP (or a NIK used as NPWP) as it is', () => {
    expect(normalizeNpwp('3173054512900003')).toEqual({ ok: true, value: '3173054512900003' });
    expect(normalizeNpwp('0012 3456 7890 1000')).toEqual({ ok: true, value: '0012345678901000' });
  });

  it.each([
    ['', 'npwp.empty'],
    [' .- ', 'npwp.empty'],
    ['01.234.567.8-901.OOO', 'npwp.notDigits'],
    ['NPWP 012345678901000', 'npwp.notDigits'],
    ['01.234.567.8-901', 'npwp.length'],
    ['12345678901234567', 'npwp.length'],
  ])('rejects %j with %s', (input, error) => {
    expect(normalizeNpwp(input)).toEqual({ ok: false, error });
  });
});
