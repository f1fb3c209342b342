// Calendar dates as the regulations count them: whole days in the branch's calendar, written
// YYYY-MM-DD (so they also compare as strings). No times and no time zones: a waiting period that
// ends "one month after 31 January" ends on the last day of February, not on 3 March.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date's parts, or null when it is not a real calendar day. */
export function parseIsoDate(date: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function isIsoDate(date: string): boolean {
  return parseIsoDate(date) !== null;
}

/** The same day `months` later; a day the target month lacks becomes its last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const p = requireDate(date);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return format(year, month, Math.min(p.day, last));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Completed years of age on `on` (a 29 February birthday counts on 28 February). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const birth = requireDate(birthDate);
  const day = requireDate(on);
  let age = day.year - birth.year;
  if (addYears(birthDate, age) > on) age -= 1;
  return age;
}

/** Today in the local calendar of this machine: the branch's, for the server and both stations. */
export function localIsoDate(now: Date = new Date()): IsoDate {
  return format(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function yearOf(date: IsoDate): number {
  return requireDate(date).year;
}

function requireDate(date: string): { year: number; month: number; day: number } {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  return p;
}

function format(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
