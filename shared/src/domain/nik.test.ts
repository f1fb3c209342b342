import { describe, expect, it } from 'vitest';
import { NIK_PROVINCES, nikMatchesParticipant, parseNik } from './nik.js';

const TODAY = new Date(2024, 5, 1); // 1 June 2024, local time like the kiosk

describe('parseNik', () => {
  it('reads a woman born 5 December 1990 in Jakarta Selatan', () => {
    expect(parseNik('3173054512900003', TODAY)).toEqual({
      ok: true,
      value: {
        nik: '3173054512900003',
        provinceCode: '31',
        provinceName: 'DKI Jakarta',
        regencyCode: '3173',
        districtCode: '317305',
        birthDate: '1990-12-05',
        sex: 'F',
        serial: '0003',
      },
    });
  });

  it('reads a man born 12 March 1985 in Jawa Barat', () => {
    const result = parseNik('3201011203850001', TODAY);
    expect(result.ok && result.value).toMatchObject({
      provinceName: 'Jawa Barat',
      birthDate: '1985-03-12',
      sex: 'M',
      serial: '0001',
    });
  });

  it('ignores the spaces, dots and dashes participants type', () => {
    for (const typed of ['3173 0545 1290 0003', '31.73.05.451290.0003', ' 3173-054512-900003 ']) {
      const result = parseNik(typed, TODAY);
      expect(result.ok && result.value.nik).toBe('3173054512900003');
    }
  });

  it('puts the birth year in the latest century that is not in the future', () => {
    const born2015 = parseNik('3578010101150002', TODAY);
    expect(born2015.ok && born2015.value.birthDate).toBe('2015-01-01');
    // 1 July 24 would be next month, so the person was born in 1924.
    const born1924 = parseNik('3578010107240002', TODAY);
    expect(born1924.ok && born1924.value.birthDate).toBe('1924-07-01');
    const bornToday = parseNik('3578014106240002', TODAY);
    expect(bornToday.ok && bornToday.value.birthDate).toBe('2024-06-01');
  });

  it('accepts the first and last possible birth days for both sexes', () => {
    expect(parseNik('3173050101900001', TODAY).ok).toBe(true);
    expect(parseNik('3173053101900001', TODAY).ok).toBe(true);
    expect(parseNik('3173054101900001', TODAY).ok).toBe(true);
    expect(parseNik('3173057101900001', TODAY).ok).toBe(true);
  });

  it('accepts 29 February only in leap years', () => {
    const leap = parseNik('3173056902960001', TODAY);
    expect(leap.ok && leap.value).toMatchObject({ birthDate: '1996-02-29', sex: 'F' });
    expect(parseNik('3173052902000001', TODAY).ok).toBe(true); // 2000 is a leap year
    expect(parseNik('3173052902990001', TODAY)).toEqual({ ok: false, error: 'nik.date' });
  });

  it.each([
    ['', 'nik.empty'],
    ['  . ', 'nik.empty'],
    ['31730545129000O3', 'nik.notDigits'],
    ['NIK3173054512900', 'nik.notDigits'],
    ['317305451290000', 'nik.length'],
    ['31730545129000031', 'nik.length'],
    ['0073054512900003', 'nik.province'],
    ['2073054512900003', 'nik.province'],
    ['9873054512900003', 'nik.province'],
    ['3173050012900003', 'nik.day'],
    ['3173053212900003', 'nik.day'],
    ['3173054012900003', 'nik.day'],
    ['3173057212900003', 'nik.day'],
    ['3173050500900003', 'nik.month'],
    ['3173050513900003', 'nik.month'],
    ['3173053102900003', 'nik.date'],
    ['3173057104900003', 'nik.date'],
    ['3173054512900000', 'nik.serial'],
    // 97 is not a Kemendagri province code (the six Papua provinces are 91–96).
    ['9771014512900003', 'nik.province'],
    // Regency/city and district are numbered from 01.
    ['3100054512900003', 'nik.regency'],
    ['3173004512900003', 'nik.district'],
  ])('rejects %j with %s', (input, error) => {
    expect(parseNik(input, TODAY)).toEqual({ ok: false, error });
  });
});

describe('nikMatchesParticipant', () => {
  it('agrees when birth date and sex are those in the NIK', () => {
    expect(nikMatchesParticipant('3173054512900003', { birthDate: '1990-12-05', sex: 'F' })).toEqual({
      birthDateMatches: true,
      sexMatches: true,
    });
  });

  it('reports each disagreement separately', () => {
    expect(nikMatchesParticipant('3173054512900003', { birthDate: '1990-12-05', sex: 'M' })).toEqual({
      birthDateMatches: true,
      sexMatches: false,
    });
    expect(nikMatchesParticipant('3173054512900003', { birthDate: '1990-05-12', sex: 'F' })).toEqual({
      birthDateMatches: false,
      sexMatches: true,
    });
    expect(
      nikMatchesParticipant('3173054512900003', { birthDate: '1991-12-05', sex: 'F' }).birthDateMatches,
    ).toBe(false);
  });

  it('does not depend on the century guess for old participants', () => {
    // 1 January 24 parses as 2024, but a participant born in 1924 still matches.
    expect(
      nikMatchesParticipant('3578010101240002', { birthDate: '1924-01-01', sex: 'M' }).birthDateMatches,
    ).toBe(true);
  });

  it('matches nothing for an unreadable NIK or a malformed date', () => {
    expect(nikMatchesParticipant('12345', { birthDate: '1990-12-05', sex: 'F' })).toEqual({
      birthDateMatches: false,
      sexMatches: false,
    });
    expect(
      nikMatchesParticipant('3173054512900003', { birthDate: '05/12/1990', sex: 'F' }).birthDateMatches,
    ).toBe(false);
  });
});

describe('NIK_PROVINCES', () => {
  it('lists exactly the province codes that occur in NIKs', () => {
    const expected = [
      ...['11', '12', '13', '14', '15', '16', '17', '18', '19', '21'],
      ...['31', '32', '33', '34', '35', '36', '51', '52', '53'],
      ...['61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82'],
      ...['91', '92', '93', '94', '95', '96'],
    ];
    expect(Object.keys(NIK_PROVINCES).sort()).toEqual(expected);
  });

  it('names the six Papua provinces by their Kemendagri codes', () => {
    expect(['91', '92', '93', '94', '95', '96'].map((code) => NIK_PROVINCES[code])).toEqual([
      'Papua',
      'Papua Barat',
      'Papua Selatan',
      'Papua Tengah',
      'Papua Pegunungan',
      'Papua Barat Daya',
    ]);
    const wamena = parseNik('9502014512900003', TODAY);
    expect(wamena.ok && wamena.value.provinceName).toBe('Papua Pegunungan');
  });
});
