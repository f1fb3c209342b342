import { describe, expect, it } from 'vitest';
import { accountHolderMatches, nameTokens } from './names.js';

describe('nameTokens', () => {
  it('drops titles, degrees, accents and punctuation', () => {
    expect(nameTokens('Hj. Siti Nurhaliza, S.E.')).toEqual(['siti', 'nurhaliza']);
    expect(nameTokens('Bapak Drs. H. Ahmad Dahlan, M.Si')).toEqual(['ahmad', 'dahlan']);
    expect(nameTokens("  I Gusti Ngurah Ra'i  ")).toEqual(['i', 'gusti', 'ngurah', 'rai']);
    expect(nameTokens('René Sitompul')).toEqual(['rene', 'sitompul']);
  });
});

describe('accountHolderMatches', () => {
  it.each([
    ['SITI NURHALIZA', 'Siti Nurhaliza'],
    ['Sdri. Siti  Nurhaliza', 'Hj. Siti Nurhaliza, S.E.'],
    ['IBU DEWI LESTARI', 'Dewi Lestari'],
    ['RIZKY PRATAMA S.KOM', 'Rizky Pratama'],
    ['NURHAYATI', 'Nur Hayati'],
    ['ANDI MUHAMMAD-YUSUF', 'Andi Muhammad Yusuf'],
    ['SANTOSO BUDI', 'Budi Santoso'],
  ])('%j matches %j', (holder, participant) => {
    expect(accountHolderMatches(holder, participant)).toBe('match');
  });

  it.each([
    ['BUDI SANTOSO', 'Budi Santoso Wibowo'],
    ['BUDI S', 'Budi Santoso'],
    ['M YUSUF', 'Muhammad Yusuf'],
    ['MOCH. RIZKI', 'Mochammad Rizki Ramadhan'],
    ['MUHAMAD RIZKI', 'Mohammad Rizki'],
    ['SRI WAHYUNI', 'Ni Luh Sri Wahyuni'],
  ])('%j is a partial match for %j', (holder, participant) => {
    expect(accountHolderMatches(holder, participant)).toBe('partial');
  });

  it.each([
    ['AGUS SETIAWAN', 'Budi Santoso'],
    ['BUDI HARTONO', 'Budi Santoso'],
    ['PT MAJU JAYA', 'Budi Santoso'],
    ['BUDI BUDI', 'Budi Santoso'],
    ['', 'Budi Santoso'],
    ['BAPAK', 'Budi Santoso'],
  ])('%j does not match %j', (holder, participant) => {
    expect(accountHolderMatches(holder, participant)).toBe('mismatch');
  });
});
