import { CLAIM_REASONS, type ClaimType } from '@bilik/shared';
import type { PastCase, PastDesk } from './store/history.js';

// A month of decided claims for the demo, so the console's report has something to show on a
// fresh install: the branch seed's proportions (JHT by far the most, JKM the fewest, approved
// amounts of the same order per case), deterministic, so tests can recompute it.

/** Cases per programme in a 20-working-day month, like the seed's 18,733 claims in 8 months scaled down. */
const MIX: readonly [ClaimType, number, number][] = [
  // programme, cases, typical approved amount (rupiah)
  ['JHT', 150, 12_300_000],
  ['JKK', 12, 9_600_000],
  ['JKM', 4, 36_300_000],
  ['JP', 6, 7_100_000],
];
const REJECTIONS: Readonly<Record<ClaimType, readonly string[]>> = {
  JHT: [
    'Surat keterangan berhenti bekerja tidak asli',
    'Rekening bukan atas nama peserta',
    'Masa tunggu satu bulan belum lewat',
  ],
  JKK: ['Laporan kecelakaan tahap I tidak asli'],
  JKM: ['Surat keterangan ahli waris tidak lengkap'],
  JP: ['Usia pensiun JP belum tercapai'],
};

/** A small deterministic generator (mulberry32): the same month every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)]!;

/** Working days (Mon–Fri) of a month given as YYYY-MM, as local dates. */
export function workingDays(month: string): Date[] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const days: Date[] = [];
  for (let d = new Date(year, m - 1, 1); d.getMonth() === m - 1; d.setDate(d.getDate() + 1))
    if (d.getDay() !== 0 && d.getDay() !== 6) days.push(new Date(d));
  return days;
}

/**
 * The month's desks (one per officer per working day: the first officer One to Many with four
 * slots, the second one-to-one) and its cases, spread over the days from 08:00.
 */
export function planDemoHistory(
  month: string,
  officerIds: readonly [string, string],
  boothIds: readonly string[],
): { desks: PastDesk[]; cases: PastCase[] } {
  const next = random(Number(month.replace('-', '')));
  const days = workingDays(month);
  const at = (day: Date, minutes: number) =>
    new Date(day.getTime() + (8 * 60 + minutes) * 60_000).toISOString();
  const desks: PastDesk[] = days.flatMap((day, i) =>
    officerIds.map((officerId, o) => ({
      id: `demo-desk-${month}-${i}-${o}`,
      officerId,
      slots: o === 0 ? 4 : 1,
      openedAt: at(day, 0),
      closedAt: at(day, 8 * 60),
    })),
  );
  const cases: PastCase[] = [];
  let n = 0;
  for (const [claimType, count, typical] of MIX) {
    for (let k = 0; k < count; k++, n++) {
      const dayIndex = n % days.length;
      const desk = desks[dayIndex * 2 + (next() < 0.7 ? 0 : 1)]!;
      const start = Math.floor(next() * 420);
      const wait = 3 + Math.floor(next() * 25);
      const handling = 6 + Math.floor(next() * 14);
      const checkedInAt = at(days[dayIndex]!, start);
      const servedAt = at(days[dayIndex]!, start + wait);
      const decidedAt = at(days[dayIndex]!, start + wait + handling);
      const amount = Math.round((typical * (0.4 + next() * 1.2)) / 1000) * 1000;
      const roll = next();
      const reasons = CLAIM_REASONS[claimType];
      const id = `${month}-${String(n).padStart(4, '0')}`;
      const decision = (d: string, reason: string | null, when: string, paid: number | null) => ({
        id: `demo-decision-${id}-${d}`,
        decision: d,
        reason,
        amount: paid,
        officerId: desk.officerId,
        at: when,
      });
      const first =
        roll < 0.78
          ? [decision('approved', null, decidedAt, amount)]
          : roll < 0.86
            ? // Escalated, then approved in the same visit once the supervisor agreed.
              [
                decision('escalated', 'Perlu persetujuan supervisor', decidedAt, null),
                decision(
                  'approved',
                  null,
                  new Date(Date.parse(decidedAt) + 5 * 60_000).toISOString(),
                  amount,
                ),
              ]
            : roll < 0.92
              ? [decision('pending', 'NPWP belum dibawa', decidedAt, null)]
              : roll < 0.98
                ? [decision('rejected', pick(REJECTIONS[claimType], next()), decidedAt, null)]
                : [decision('escalated', 'Perlu keputusan supervisor', decidedAt, null)];
      cases.push({
        sessionId: `demo-session-${id}`,
        boothId: boothIds[n % boothIds.length]!,
        deskId: desk.id,
        claimId: `demo-claim-${id}`,
        claimType,
        reason: reasons[Math.floor(next() * reasons.length)]!,
        reference: `BLK-${month.replace('-', '')}00-D${String(n).padStart(5, '0')}`,
        checkedInAt,
        servedAt,
        closedAt: first.at(-1)!.at,
        decisions: first,
      });
    }
  }
  return { desks, cases };
}
