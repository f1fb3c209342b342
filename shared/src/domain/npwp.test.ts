import { describe, expect, it } from 'vitest';
import { normalizeNpwp, npwpAgainstNik } from './npwp.js';

describe('normalizeNpwp', () => {
  it('turns an old printed 15-digit NPWP into the 16-digit form with a leading 0', () => {
    expect(normalizeNpwp('01.234.567.8-901.000')).toEqual({
      ok: true,
      value: '0012345678901000',
      kind: 'legacy',
    });
    expect(normalizeNpwp('012345678901000')).toEqual({ ok: true, value: '0012345678901000', kind: 'legacy' });
  });

  it('keeps a 16-digit NPWP as it is and tells a NIK-form from a converted one', () => {
    expect(normalizeNpwp('3173054512900003')).toEqual({ ok: true, value: '3173054512900003', kind: 'nik' });
    expect(normalizeNpwp('0012 3456 7890 1000')).toEqual({
      ok: true,
      value: '0012345678901000',
      kind: 'legacy',
    });
  });

  it.each([
    ['', 'npwp.empty'],
    [' .- ', 'npwp.empty'],
    ['01.234.567.8-901.OOO', 'npwp.notDigits'],
    ['NPWP 012345678901000', 'npwp.notDigits'],
    ['01.234.567.8-901', 'npwp.length'],
    ['12345678901234567', 'npwp.length'],
    ['0000000000000000', 'npwp.zero'],
    ['00.000.000.0-000.000', 'npwp.zero'],
  ])('rejects %j with %s', (input, error) => {
    expect(normalizeNpwp(input)).toEqual({ ok: false, error });
  });
});

describe('npwpAgainstNik', () => {
  const nik = '3173054512900003';
  it('accepts the participant’s own NIK as NPWP, however it is grouped', () => {
    expect(npwpAgainstNik('3173 0545 1290 0003', nik)).toBe('sameAsNik');
  });

  it('catches a 16-digit NPWP that is somebody else’s NIK', () => {
    expect(npwpAgainstNik('3201011708850001', nik)).toBe('otherNik');
  });

  it('cannot compare an old or converted number with the NIK', () => {
    expect(npwpAgainstNik('01.234.567.8-901.000', nik)).toBe('legacy');
    expect(npwpAgainstNik('0012345678901000', nik)).toBe('legacy');
  });

  it('says invalid for anything that is not an NPWP', () => {
    expect(npwpAgainstNik('0000000000000000', nik)).toBe('invalid');
    expect(npwpAgainstNik('123', nik)).toBe('invalid');
  });
});
