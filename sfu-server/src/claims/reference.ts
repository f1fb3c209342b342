import { randomInt } from 'node:crypto';

/** A claim reference a participant can read out over the phone: BLK-YYYYMMDD-XXXXXX, no 0/O/1/I. */
export function claimReference(now: Date): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const tail = Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `BLK-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${tail}`;
}
