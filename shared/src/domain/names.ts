// Does the name on the bank book belong to the participant? Banks print names in capitals,
// often shortened ("BUDI S", "M YUSUF"), with or without titles and spaces, so an exact string
// comparison would flag most honest participants. The answer is advice for the CSO, who sees the
// savings book on camera: 'partial' means "look closely", never an automatic rejection.

export type NameMatch = 'match' | 'partial' | 'mismatch';

// Honorifics, religious titles and academic degrees, written without dots. Data: extend freely.
export const NAME_TITLES: readonly string[] = [
  // forms of address
  ...'bapak bpk pak ibu bu sdr sdri saudara saudari tn tuan ny nyonya nn nona alm almh'.split(' '),
  ...'almarhum almarhumah'.split(' '),
  // religious and traditional titles
  ...'h hj haji hajjah kh ust ustadz ustadzah'.split(' '),
  // professional and academic degrees
  ...'dr drs dra ir prof se sh st ss sp spd skom ssos sag spsi sfarm sked sikom ssi stp sip skm'.split(' '),
  ...'skep ak amd amdkeb amdkep mm msi mkom mpd mh mt mba mag mkes phd'.split(' '),
];

// Spellings and bank-book abbreviations of the same given name, mapped to one canonical form.
export const NAME_ALIASES: Readonly<Record<string, string>> = {
  m: 'muhammad',
  mhd: 'muhammad',
  moch: 'muhammad',
  moh: 'muhammad',
  mohd: 'muhammad',
  muh: 'muhammad',
  mochamad: 'muhammad',
  mochammad: 'muhammad',
  mohamad: 'muhammad',
  mohammad: 'muhammad',
  muhamad: 'muhammad',
  muhammad: 'muhammad',
  achmad: 'ahmad',
  ahmad: 'ahmad',
};

const TITLES = new Set(NAME_TITLES);

export function accountHolderMatches(accountHolder: string, participantName: string): NameMatch {
  const a = nameTokens(accountHolder);
  const b = nameTokens(participantName);
  if (a.length === 0 || b.length === 0) return 'mismatch';
  // Same letters in the same order: only spacing differed ("Nurhayati" / "Nur Hayati").
  if (a.join('') === b.join('')) return 'match';
  if (a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ')) return 'match';
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return coversAll(shorter, longer) ? 'partial' : 'mismatch';
}

// Lower case, accents and punctuation removed, titles dropped. A token is split on whitespace and
// commas, and its dots removed, so "S.Kom." and "Hj." reduce to their title forms.
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s,]+/)
    .map((token) => token.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((token) => token !== '' && !TITLES.has(token));
}

// Each token of the shorter name must pair with a different token of the longer one.
function coversAll(shorter: readonly string[], longer: readonly string[]): boolean {
  const available = [...longer];
  for (const token of shorter) {
    const index = available.findIndex((candidate) => sameNamePart(token, candidate));
    if (index === -1) return false;
    available.splice(index, 1);
  }
  return true;
}

function sameNamePart(x: string, y: string): boolean {
  if (x === y) return true;
  const cx = NAME_ALIASES[x];
  if (cx !== undefined && cx === NAME_ALIASES[y]) return true;
  // An initial stands for any name starting with that letter ("Budi S" for "Budi Santoso").
  return (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}
