// Does the name on the bank book belong to the participant (or, for a death claim, to the heir)?
// Banks print names in capitals, shortened to fit a field ("ABD RAHMAN", "MOCH YUSUF",
// "I GST AYU MD"), with or without titles, so an exact comparison would flag most honest people.
// The answer is advice for the CSO, who sees the savings book on camera:
//   match    — the same name parts, allowing the documented aliases (nameAliases.ts);
//   partial  — plausibly the same person (initials, a truncated or extra name part, old spelling,
//              one typo): the CSO looks closely and confirms with a reason;
//   mismatch — a different name: the account is not the claimant's.

import {
  LEADING_TITLES,
  NAME_ALIASES,
  NAME_CONNECTORS,
  NAME_EXPANSIONS,
  TRAILING_DEGREES,
} from './nameAliases.js';

export type NameMatch = 'match' | 'partial' | 'mismatch';

/** One part of a name: as printed (lower case, no punctuation) and its canonical alias. */
export interface NamePart {
  raw: string;
  canonical: string;
}

const LEADING = new Set(LEADING_TITLES);
const TRAILING = new Set(TRAILING_DEGREES);
const CONNECTORS = new Set(NAME_CONNECTORS);

export function accountHolderMatches(accountHolder: string, name: string): NameMatch {
  const a = nameParts(accountHolder);
  const b = nameParts(name);
  if (a.length === 0 || b.length === 0) return 'mismatch';
  const ca = a.map((p) => p.canonical);
  const cb = b.map((p) => p.canonical);
  // Same letters in the same order: only spacing differed ("NURHAYATI" / "Nur Hayati").
  if (ca.join('') === cb.join('')) return 'match';
  // Same parts in another order: banks sometimes put the family name first.
  if (ca.length === cb.length && [...ca].sort().join(' ') === [...cb].sort().join(' ')) return 'match';
  return coverage(a, b);
}

/** The canonical name parts, e.g. "Hj. Siti Nurhaliza, S.E." → siti, nurhaliza. */
export function nameTokens(name: string): string[] {
  return nameParts(name).map((p) => p.canonical);
}

export function nameParts(name: string): NamePart[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s,]+/)
    .flatMap(splitDotted)
    .filter((w) => w !== '' && !CONNECTORS.has(w));
  while (words.length > 0 && LEADING.has(words[0]!)) words.shift();
  while (words.length > 1 && TRAILING.has(words.at(-1)!)) words.pop();
  return words.flatMap(expand).map((raw) => ({ raw, canonical: own(NAME_ALIASES, raw) ?? raw }));
}

// "M.YUSUF" is two parts, but "S.Kom.", "Hj." and "A.A." are one known word each.
function splitDotted(word: string): string[] {
  const bare = word.replace(/[^\p{L}\p{N}]/gu, '');
  const known =
    LEADING.has(bare) ||
    TRAILING.has(bare) ||
    Object.hasOwn(NAME_ALIASES, bare) ||
    Object.hasOwn(NAME_EXPANSIONS, bare);
  if (known || !/\p{L}\.\p{L}/u.test(word)) return [bare];
  return word.split('.').map((part) => part.replace(/[^\p{L}\p{N}]/gu, ''));
}

function expand(raw: string): string[] {
  const expansion = own(NAME_EXPANSIONS, raw);
  if (expansion) return [...expansion];
  return splitAbdul(raw);
}

// Abdul joined to the next name, with the assimilated consonant doubled or not:
// "ABDURRAHMAN", "ABDURAHMAN" and "ABDULRAHMAN" are all Abdul + Rahman.
function splitAbdul(raw: string): string[] {
  const doubled = /^abdu([lrsnzdt])\1([a-z]{2,})$/.exec(raw);
  if (doubled) return ['abdul', doubled[1]! + doubled[2]!];
  const joined = /^abdul([a-z]{3,})$/.exec(raw) ?? /^abdu([rsnzdt][a-z]{3,})$/.exec(raw);
  return joined ? ['abdul', joined[1]!] : [raw];
}

// Each part of the shorter name must pair with a different part of the longer one. Exact pairs
// are taken first, so a look-alike never uses up a part that an exact pair needed.
function coverage(a: readonly NamePart[], b: readonly NamePart[]): NameMatch {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const free = [...longer];
  const unpaired: NamePart[] = [];
  let anchored = false;
  for (const part of shorter) {
    const i = free.findIndex((c) => c.canonical === part.canonical);
    if (i === -1) {
      unpaired.push(part);
      continue;
    }
    anchored ||= part.canonical.length >= 3;
    free.splice(i, 1);
  }
  for (const part of unpaired) {
    const i = free.findIndex((c) => lookAlike(part, c) !== null);
    if (i === -1) return 'mismatch';
    anchored ||= lookAlike(part, free[i]!) === 'spelling';
    free.splice(i, 1);
  }
  // Initials and cut-off parts alone ("B S" for "Budi Santoso") are too little to go on.
  return anchored ? 'partial' : 'mismatch';
}

function lookAlike(x: NamePart, y: NamePart): 'spelling' | 'shortened' | null {
  if (phonetic(x.canonical) === phonetic(y.canonical)) return 'spelling';
  if (x.raw.length >= 5 && y.raw.length >= 5 && withinOneEdit(x.raw, y.raw)) return 'spelling';
  // An initial or a name cut off by the bank's field length: "BUDI S", "SUKERTI ANGG".
  if (x.raw.startsWith(y.raw) || y.raw.startsWith(x.raw)) return 'shortened';
  return null;
}

// Pre-1972 spelling (Soekarno, Djoko, Tjahjo) and doubled letters (Hasanuddin / Hasanudin).
function phonetic(s: string): string {
  return s
    .replace(/oe/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/sj/g, 'sy')
    .replace(/nj/g, 'ny')
    .replace(/ch/g, 'kh')
    .replace(/j/g, 'y')
    .replace(/(.)\1+/g, '$1');
}

// Own keys only: a name part such as "constructor" must not find Object.prototype.
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function withinOneEdit(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1);
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}
