// The vocabulary of Indonesian names as banks print them, for names.ts. Data, not logic: extend
// these tables when a CSO reports an honest bank book that came out as a mismatch. All entries are
// lower case without dots ("H." → "h", "S.Kom." → "skom").
//
// Sources: common bank-book and KTP practice (capitals, 20–30 character fields, abbreviations),
// Balinese birth-order names and caste titles, Arabic-origin given names. Not a regulation: the
// result is advice for the CSO, who sees the savings book on camera (see DOMAIN-SOURCES.md).

/** Forms of address and titles written before a name; dropped only while they lead the name. */
export const LEADING_TITLES: readonly string[] = [
  ...'bapak bpk pak ibu bu sdr sdri saudara saudari tn tuan ny nyonya nn nona'.split(' '),
  ...'alm almh almarhum almarhumah'.split(' '),
  // Haji / Hajjah and religious titles: "H. Ahmad", "Hj. Siti", "KH. Abdullah"
  ...'h hj haji hajjah kh ust ustad ustadz ustadzah'.split(' '),
  // degrees written in front of the name
  ...'dr drs dra ir prof'.split(' '),
];

/** Academic and professional degrees written after a name; dropped only at its end. */
export const TRAILING_DEGREES: readonly string[] = [
  ...'dr se sh st ss sp spd skom ssos sag spsi sfarm sked sikom ssi stp sip skm skep sth sn'.split(' '),
  ...'ak amd amdkeb amdkep amdkom mm msi mkom mpd mh mt mba mag mkes phd'.split(' '),
];

/** Words that join names and carry no identity: "Ahmad bin Yusuf" is "AHMAD YUSUF" in a bank book. */
export const NAME_CONNECTORS: readonly string[] = ['bin', 'binti'];

/**
 * Spellings and bank-book abbreviations of the same name part, each mapped to one canonical form.
 * A key is what may be printed; its value what it stands for.
 */
export const NAME_ALIASES: Readonly<Record<string, string>> = {
  // Muhammad: M., MUH, MOCH, MOH, MHD and the many spellings
  ...aliasesOf('muhammad', [
    'm',
    'mhd',
    'mhmd',
    'moch',
    'moh',
    'mohd',
    'muh',
    'much',
    'mochamad',
    'mochammad',
    'mohamad',
    'mohammad',
    'mohammed',
    'muhamad',
    'muhammed',
    'muchamad',
    'muchammad',
    'mukhamad',
    'mukhammad',
  ]),
  ...aliasesOf('ahmad', ['ach', 'achmad', 'ahmd', 'akhmad', 'ahmat']),
  // Abdul and its assimilated forms before the next name (Abdur Rahman, Abdus Salam)
  ...aliasesOf('abdul', ['abd', 'abdoel', 'abdur', 'abdus']),
  ...aliasesOf('siti', ['st', 'sti']),
  ...aliasesOf('nur', ['noer']),
  ...aliasesOf('abu', ['aboe']),
  // Balinese birth-order names and titles: I GST AYU MD, NI WYN, I NYM, I KT
  ...aliasesOf('gusti', ['gst']),
  ...aliasesOf('made', ['md']),
  ...aliasesOf('wayan', ['wyn']),
  ...aliasesOf('nyoman', ['nym', 'nyo']),
  ...aliasesOf('ketut', ['kt', 'ktt']),
  ...aliasesOf('komang', ['kmg']),
  ...aliasesOf('kadek', ['kdk']),
  ...aliasesOf('putu', ['pt']),
  ...aliasesOf('gede', ['gd']),
  ...aliasesOf('ngurah', ['ngr']),
  ...aliasesOf('bagus', ['bgs']),
  ...aliasesOf('cokorda', ['cok', 'cokorde', 'tjokorda']),
  ...aliasesOf('desak', ['dsk']),
};

/** Abbreviations that stand for two name parts: "IB" Ida Bagus, "AA" Anak Agung. */
export const NAME_EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  ib: ['ida', 'bagus'],
  aa: ['anak', 'agung'],
};

function aliasesOf(canonical: string, variants: readonly string[]): Record<string, string> {
  return Object.fromEntries([canonical, ...variants].map((v) => [v, canonical]));
}
