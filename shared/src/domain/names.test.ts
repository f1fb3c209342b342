import { describe, expect, it } from 'vitest';
import { accountHolderMatches, nameTokens } from './names.js';

describe('nameTokens', () => {
  it('drops leading titles, trailing degrees, accents and punctuation', () => {
    expect(nameTokens('Hj. Siti Nurhaliza, S.E.')).toEqual(['siti', 'nurhaliza']);
    expect(nameTokens('Bapak Drs. H. Ahmad Dahlan, M.Si')).toEqual(['ahmad', 'dahlan']);
    expect(nameTokens("  I Gusti Ngurah Ra'i  ")).toEqual(['i', 'gusti', 'ngurah', 'rai']);
    expect(nameTokens('René Sitompul')).toEqual(['rene', 'sitompul']);
  });

  it('maps bank-book abbreviations to one canonical name part', () => {
    expect(nameTokens('MOCH. YUSUF')).toEqual(['muhammad', 'yusuf']);
    expect(nameTokens('M.YUSUF')).toEqual(['muhammad', 'yusuf']);
    expect(nameTokens('I GST AYU MD')).toEqual(['i', 'gusti', 'ayu', 'made']);
    expect(nameTokens('A.A. NGR')).toEqual(['anak', 'agung', 'ngurah']);
    expect(nameTokens('ABDURRAHMAN WAHID')).toEqual(['abdul', 'rahman', 'wahid']);
  });

  it('keeps a degree-like word that is really a name part at the front', () => {
    // "ST" in front is Siti; after a name it is the degree Sarjana Teknik.
    expect(nameTokens('ST AMINAH')).toEqual(['siti', 'aminah']);
    expect(nameTokens('RIZKY PRATAMA ST')).toEqual(['rizky', 'pratama']);
  });

  it('never reads Object.prototype for an odd name part', () => {
    expect(nameTokens('Constructor ToString')).toEqual(['constructor', 'tostring']);
  });
});

// Real-looking pairs: the savings book as printed, then the name on the KTP / membership record.
describe('accountHolderMatches', () => {
  it.each([
    ['SITI NURHALIZA', 'Siti Nurhaliza'],
    ['Sdri. Siti  Nurhaliza', 'Hj. Siti Nurhaliza, S.E.'],
    ['IBU DEWI LESTARI', 'Dewi Lestari'],
    ['RIZKY PRATAMA S.KOM', 'Rizky Pratama'],
    ['NURHAYATI', 'Nur Hayati'],
    ['ANDI MUHAMMAD-YUSUF', 'Andi Muhammad Yusuf'],
    ['SANTOSO BUDI', 'Budi Santoso'],
    ['ABD RAHMAN', 'Abdul Rahman'],
    ['ABD RAHMAN', 'Abdurrahman'],
    ['ABDUL RAHMAN SALEH', 'Abdurahman Saleh'],
    ['ABDUS SALAM', 'Abdussalam'],
    ['MOCH YUSUF', 'Mochammad Yusuf'],
    ['MOH. YUSUF', 'Muhammad Yusuf'],
    ['MUH ARIFIN', 'Muhamad Arifin'],
    ['M YUSUF', 'Muhammad Yusuf'],
    ['MHD RIDWAN', 'Mohammad Ridwan'],
    ['MUHAMAD RIZKI', 'Mohammad Rizki'],
    ['ACHMAD FAUZI', 'Ahmad Fauzi'],
    ['I GST AYU MD SUARTINI', 'I Gusti Ayu Made Suartini'],
    ['NI WYN SUKERTI', 'Ni Wayan Sukerti'],
    ['I NYM DARMA', 'I Nyoman Darma'],
    ['I KT SUDIRTA', 'I Ketut Sudirta'],
    ['IB PUTU ARSA', 'Ida Bagus Putu Arsa'],
    ['A.A. NGR OKA', 'Anak Agung Ngurah Oka'],
    ['HJ SITI AMINAH', 'Siti Aminah'],
    ['H. ABDULLAH', 'Abdullah'],
    ['ST AMINAH', 'Siti Aminah'],
    ['AHMAD BIN YUSUF', 'Ahmad Yusuf'],
  ])('%j matches %j', (holder, name) => {
    expect(accountHolderMatches(holder, name)).toBe('match');
  });

  it.each([
    ['BUDI SANTOSO', 'Budi Santoso Wibowo'],
    ['BUDI S', 'Budi Santoso'],
    ['MOCH. RIZKI', 'Mochammad Rizki Ramadhan'],
    ['SRI WAHYUNI', 'Ni Luh Sri Wahyuni'],
    ['NI WYN', 'Ni Wayan Sukerti'],
    ['NI WAYAN SUKERTI ANGG', 'Ni Wayan Sukerti Anggreni'],
    ['SOEKARNO HADI', 'Sukarno Hadi'],
    ['DJOKO SUSILO', 'Joko Susilo'],
    ['TJAHJO KUMOLO', 'Cahyo Kumolo'],
    ['HASANUDIN', 'Hasanuddin'],
    ['YUSUP MAULANA', 'Yusuf Maulana'],
    ['SITI AMINAH', 'Siti Aminoh'],
  ])('%j is a partial match for %j', (holder, name) => {
    expect(accountHolderMatches(holder, name)).toBe('partial');
  });

  it.each([
    ['AGUS SETIAWAN', 'Budi Santoso'],
    ['BUDI HARTONO', 'Budi Santoso'],
    ['PT MAJU JAYA', 'Budi Santoso'],
    ['BUDI BUDI', 'Budi Santoso'],
    ['', 'Budi Santoso'],
    ['BAPAK', 'Budi Santoso'],
    ['B S', 'Budi Santoso'],
    ['SITI AISYAH', 'Siti Aminah'],
    ['AGUS PRATOMO', 'Agus Pratama'],
    ['MADE SUARTINI', 'I Wayan Suartini'],
    ['MUHAMMAD YUSUF', 'Ahmad Yusuf'],
    ['NI KADEK AYU', 'Ni Komang Ayu'],
    ['ABDUL RAHMAN', 'Abdul Rahim'],
    // A death claim's heir is not the deceased: the heir's book never matches the deceased's name.
    ['SRI RAHAYU', 'Agus Pratama'],
  ])('%j does not match %j', (holder, name) => {
    expect(accountHolderMatches(holder, name)).toBe('mismatch');
  });
});
