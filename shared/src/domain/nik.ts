// NIK (Nomor Induk Kependudukan): 16 digits `PP KK CC DDMMYY NNNN` — province, regency/city,
// district, date of birth (day + 40 for women) and a serial from 0001. The structure lets the
// kiosk catch typing mistakes and lets the CSO see at a glance whether the stated birth date and
// sex agree with the card, before anyone looks at the original e-KTP.

export const NIK_ERROR_CODES = [
  'nik.empty',
  'nik.notDigits',
  'nik.length',
  'nik.province',
  'nik.regency',
  'nik.district',
  'nik.day',
  'nik.month',
  'nik.date',
  'nik.serial',
] as const;
export type NikErrorCode = (typeof NIK_ERROR_CODES)[number];

export const NIK_LENGTH = 16;

// Women's NIKs carry the birth day plus 40 (so 41–71).
export const NIK_FEMALE_DAY_OFFSET = 40;

// Province codes (Kemendagri region codes, Kepmendagri 100.1.1-6117/2022). Data, not logic:
// edit this table when a province is created. A NIK never changes, so a resident of a 2022
// Papua province may still carry a 91 or 92 NIK; every code below is simply accepted.
export const NIK_PROVINCES: Readonly<Record<string, string>> = {
  '11': 'Aceh',
  '12': 'Sumatera Utara',
  '13': 'Sumatera Barat',
  '14': 'Riau',
  '15': 'Jambi',
  '16': 'Sumatera Selatan',
  '17': 'Bengkulu',
  '18': 'Lampung',
  '19': 'Kepulauan Bangka Belitung',
  '21': 'Kepulauan Riau',
  '31': 'DKI Jakarta',
  '32': 'Jawa Barat',
  '33': 'Jawa Tengah',
  '34': 'DI Yogyakarta',
  '35': 'Jawa Timur',
  '36': 'Banten',
  '51': 'Bali',
  '52': 'Nusa Tenggara Barat',
  '53': 'Nusa Tenggara Timur',
  '61': 'Kalimantan Barat',
  '62': 'Kalimantan Tengah',
  '63': 'Kalimantan Selatan',
  '64': 'Kalimantan Timur',
  '65': 'Kalimantan Utara',
  '71': 'Sulawesi Utara',
  '72': 'Sulawesi Tengah',
  '73': 'Sulawesi Selatan',
  '74': 'Sulawesi Tenggara',
  '75': 'Gorontalo',
  '76': 'Sulawesi Barat',
  '81': 'Maluku',
  '82': 'Maluku Utara',
  '91': 'Papua',
  '92': 'Papua Barat',
  '93': 'Papua Selatan',
  '94': 'Papua Tengah',
  '95': 'Papua Pegunungan',
  '96': 'Papua Barat Daya',
};

export type Sex = 'F' | 'M';

export interface Nik {
  nik: string;
  provinceCode: string; // 'PP'
  provinceName: string;
  regencyCode: string; // 'PPKK': regency codes are only unique within their province
  districtCode: string; // 'PPKKCC'
  birthDate: string; // YYYY-MM-DD
  sex: Sex;
  serial: string; // 'NNNN', kept as printed
}

export type NikResult = { ok: true; value: Nik } | { ok: false; error: NikErrorCode };

// Participants copy the NIK as printed or grouped (`3173 0545 1290 0003`, `31.73.05...`).
export function cleanNik(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

export function parseNik(input: string, today: Date = new Date()): NikResult {
  const nik = cleanNik(input);
  if (nik === '') return { ok: false, error: 'nik.empty' };
  if (!/^\d+$/.test(nik)) return { ok: false, error: 'nik.notDigits' };
  if (nik.length !== NIK_LENGTH) return { ok: false, error: 'nik.length' };

  const provinceCode = nik.slice(0, 2);
  const provinceName = NIK_PROVINCES[provinceCode];
  if (provinceName === undefined) return { ok: false, error: 'nik.province' };
  // Kemendagri numbers regencies/cities and districts from 01: 00 is never a region.
  if (nik.slice(2, 4) === '00') return { ok: false, error: 'nik.regency' };
  if (nik.slice(4, 6) === '00') return { ok: false, error: 'nik.district' };

  const dob = readBirthFields(nik);
  if (dob.day < 1 || dob.day > 31) return { ok: false, error: 'nik.day' };
  if (dob.month < 1 || dob.month > 12) return { ok: false, error: 'nik.month' };
  const year = chooseCentury(dob.yy, dob.month, dob.day, today);
  if (!isCalendarDate(year, dob.month, dob.day)) return { ok: false, error: 'nik.date' };

  const serial = nik.slice(12, 16);
  if (serial === '0000') return { ok: false, error: 'nik.serial' };

  return {
    ok: true,
    value: {
      nik,
      provinceCode,
      provinceName,
      regencyCode: nik.slice(0, 4),
      districtCode: nik.slice(0, 6),
      birthDate: `${year}-${pad2(dob.month)}-${pad2(dob.day)}`,
      sex: dob.sex,
      serial,
    },
  };
}

export interface StatedIdentity {
  birthDate: string; // YYYY-MM-DD, as the participant or the membership record states it
  sex: Sex;
}

// Compares only what the NIK actually encodes (day, month, two-digit year, sex), so the century
// guess in parseNik can never turn a correct statement into a mismatch.
export function nikMatchesParticipant(
  nik: string,
  stated: StatedIdentity,
): { birthDateMatches: boolean; sexMatches: boolean } {
  const parsed = parseNik(nik);
  if (!parsed.ok) return { birthDateMatches: false, sexMatches: false };
  const dob = readBirthFields(parsed.value.nik);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(stated.birthDate);
  const birthDateMatches =
    m !== null && Number(m[1]) % 100 === dob.yy && Number(m[2]) === dob.month && Number(m[3]) === dob.day;
  return { birthDateMatches, sexMatches: parsed.value.sex === stated.sex };
}

function readBirthFields(nik: string): { day: number; month: number; yy: number; sex: Sex } {
  const rawDay = Number(nik.slice(6, 8));
  const sex: Sex = rawDay > NIK_FEMALE_DAY_OFFSET ? 'F' : 'M';
  return {
    day: sex === 'F' ? rawDay - NIK_FEMALE_DAY_OFFSET : rawDay,
    month: Number(nik.slice(8, 10)),
    yy: Number(nik.slice(10, 12)),
    sex,
  };
}

// The most recent century that does not put the birth date after `today` (the kiosk's local
// calendar day, which is the branch's).
function chooseCentury(yy: number, month: number, day: number, today: Date): number {
  const thisCentury = today.getFullYear() - (today.getFullYear() % 100);
  const candidate = thisCentury + yy;
  const todayKey = today.getFullYear() * 10_000 + (today.getMonth() + 1) * 100 + today.getDate();
  const candidateKey = candidate * 10_000 + month * 100 + day;
  return candidateKey <= todayKey ? candidate : candidate - 100;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
