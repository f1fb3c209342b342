import { addMonths, localIsoDate } from '@bilik/shared';
import type { Logger } from 'pino';
import { appendAudit } from './audit/auditLog.js';
import type { Branch } from './branch.js';
import { planDemoHistory } from './demoHistory.js';

export const DEMO_OFFICERS = [
  {
    username: 'cso1',
    password: 'cso1-demo-pass',
    displayName: 'Rina Kartika',
    staffId: 'CSO-0101',
    role: 'cso',
  },
  {
    username: 'cso2',
    password: 'cso2-demo-pass',
    displayName: 'Budi Santoso',
    staffId: 'CSO-0102',
    role: 'cso',
  },
  {
    username: 'sup1',
    password: 'sup1-demo-pass',
    displayName: 'Dewi Anggraini',
    staffId: 'SPV-0201',
    role: 'supervisor',
  },
  {
    username: 'admin',
    password: 'admin-demo-pass',
    displayName: 'TI Cabang',
    staffId: 'IT-0001',
    role: 'admin',
  },
] as const;

type DemoParticipant = {
  kpj: string;
  nik: string;
  name: string;
  birthDate: string;
  sex: 'F' | 'M';
  balance: number | null;
  booking: string;
  accountHolder: string | null;
  /** Membership data for the date rules; dates are relative to the day of seeding, so the demo stays current. */
  membership: {
    segment?: 'PU' | 'BPU' | 'PMI';
    foreigner?: boolean;
    membershipStart?: string;
    workEndMonthsAgo?: number;
    workEndDaysAgo?: number;
    partialClaimDate?: string;
    partialClaimAmount?: number;
    deathDaysAgo?: number;
    pensionAge?: number;
    jpContributionMonths?: number;
    heirName?: string;
  };
};

// Used by tests and benchmarks as "any two participants": keep them first and unchanged.
export const DEMO_PARTICIPANTS = [
  {
    kpj: '12345678901',
    nik: '3173054512900003',
    name: 'Siti Aminah',
    birthDate: '1990-12-05',
    sex: 'F',
    balance: 42_500_000,
    booking: 'BLK-2026-000123',
    accountHolder: 'SITI AMINAH',
    // Resigned two months ago: the waiting period is over.
    membership: { segment: 'PU', foreigner: false, membershipStart: '2014-03-01', workEndMonthsAgo: 2 },
  },
  {
    kpj: '23456789012',
    nik: '3201011708850001',
    name: 'Agus Pratama',
    birthDate: '1985-08-17',
    sex: 'M',
    balance: 87_250_000,
    booking: 'BLK-2026-000124',
    accountHolder: 'AGUS PRATAMA',
    // No work-end date in the branch copy: the CSO is asked to confirm it.
    membership: { segment: 'PU', foreigner: false, membershipStart: '2009-07-01' },
  },
] as const satisfies readonly DemoParticipant[];

/** One participant per rule worth showing a CSO (README, "Demo cases"). */
export const DEMO_CASES: readonly DemoParticipant[] = [
  {
    kpj: '34567890124',
    nik: '7371011401920005',
    name: 'Rudi Hartono',
    birthDate: '1992-01-14',
    sex: 'M',
    balance: 18_400_000,
    booking: 'BLK-2026-000125',
    accountHolder: 'RUDI HARTONO',
    // Resigned ten days ago: JHT is not payable before the month is over.
    membership: { segment: 'PU', foreigner: false, membershipStart: '2016-02-01', workEndDaysAgo: 10 },
  },
  {
    kpj: '45678901235',
    nik: '5171015704880002',
    name: 'Ni Wayan Sukerti',
    birthDate: '1988-04-17',
    sex: 'F',
    balance: 12_750_000,
    booking: 'BLK-2026-000126',
    accountHolder: 'NI WYN SUKERTI',
    // Non-wage (BPU): stops working by her own statement; no waiting period.
    membership: { segment: 'BPU', foreigner: false, membershipStart: '2018-05-01' },
  },
  {
    kpj: '56789012346',
    nik: '5104025002680003',
    name: 'I Gusti Ayu Made Suartini',
    birthDate: '1968-02-10',
    sex: 'F',
    balance: 96_300_000,
    booking: 'BLK-2026-000127',
    accountHolder: 'I GST AYU MD SUARTINI',
    // JHT at 56 while still employed: KPJ, KTP, savings book and NPWP (balance above Rp50 million).
    membership: { segment: 'PU', foreigner: false, membershipStart: '1995-01-02', pensionAge: 58 },
  },
  {
    kpj: '67890123457',
    nik: '3578052309820007',
    name: 'Mochammad Yusuf',
    birthDate: '1982-09-23',
    sex: 'M',
    balance: 64_000_000,
    booking: 'BLK-2026-000128',
    accountHolder: 'MOCH YUSUF',
    // Member for more than 10 years, still working: may take 10 % or 30 % once.
    membership: { segment: 'PU', foreigner: false, membershipStart: '2012-01-02' },
  },
  {
    kpj: '78901234568',
    nik: '3273017011790004',
    name: 'Dewi Lestari',
    birthDate: '1979-11-30',
    sex: 'F',
    balance: 31_000_000,
    booking: 'BLK-2026-000129',
    accountHolder: 'DEWI LESTARI',
    // Took 30 % for a house in 2021: no second partial claim; NPWP needed for the rest.
    membership: {
      segment: 'PU',
      foreigner: false,
      membershipStart: '2005-06-01',
      partialClaimDate: '2021-08-16',
      partialClaimAmount: 13_500_000,
      workEndMonthsAgo: 3,
    },
  },
  {
    kpj: '89012345679',
    nik: '1275020807750011',
    name: 'Hendra Wijaya',
    birthDate: '1975-07-08',
    sex: 'M',
    balance: 58_900_000,
    booking: 'BLK-2026-000130',
    accountHolder: 'SRI RAHAYU',
    // Died 40 days ago; his widow claims JHT/JKM into her own account.
    membership: {
      segment: 'PU',
      foreigner: false,
      membershipStart: '2001-04-01',
      deathDaysAgo: 40,
      heirName: 'Sri Rahayu',
    },
  },
  {
    kpj: '90123456780',
    nik: '3374032005650009',
    name: 'Bambang Sutrisno',
    birthDate: '1965-05-20',
    sex: 'M',
    balance: 71_200_000,
    booking: 'BLK-2026-000131',
    accountHolder: 'BAMBANG SUTRISNO',
    // JP since 2015 with fewer than 180 contribution months: a lump sum, not a monthly pension.
    membership: { segment: 'PU', foreigner: false, membershipStart: '1998-01-05', jpContributionMonths: 126 },
  },
];

/** Demo accounts, participants, bookings and booth codes, so a newcomer can try every screen. */
export async function seedDemo(branch: Branch, logger: Logger): Promise<{ boothCodes: string[] }> {
  const officers = [];
  for (const o of DEMO_OFFICERS) officers.push(await branch.officers.create(o, 'system:demo-seed'));
  const today = localIsoDate();
  for (const p of [...DEMO_PARTICIPANTS, ...DEMO_CASES]) {
    const m: DemoParticipant['membership'] = p.membership;
    branch.store.participants.insert({
      ...p,
      segment: m.segment ?? null,
      foreigner: m.foreigner === undefined ? null : Number(m.foreigner),
      membershipStart: m.membershipStart ?? null,
      workEnd:
        m.workEndMonthsAgo !== undefined
          ? addMonths(today, -m.workEndMonthsAgo)
          : m.workEndDaysAgo !== undefined
            ? daysBefore(today, m.workEndDaysAgo)
            : null,
      partialClaimDate: m.partialClaimDate ?? null,
      partialClaimAmount: m.partialClaimAmount ?? null,
      deathDate: m.deathDaysAgo === undefined ? null : daysBefore(today, m.deathDaysAgo),
      pensionAge: m.pensionAge ?? null,
      jpContributionMonths: m.jpContributionMonths ?? null,
      heirName: m.heirName ?? null,
    });
    branch.store.participants.insertBooking(p.booking, p.kpj, today);
  }
  const booths = [1, 2, 3, 4, 5, 6].map((n) => branch.enrollment.issueCode(`Bilik ${n}`, 'system:demo-seed'));
  const boothCodes = booths.map((b) => b.code);
  seedLastMonth(
    branch,
    demoHistoryMonth(today),
    [officers[0]!.id, officers[1]!.id],
    booths.map((b) => b.boothId),
  );
  logger.info(
    { officers: DEMO_OFFICERS.map((o) => `${o.username} / ${o.password}`), boothCodes },
    'demo data seeded',
  );
  return { boothCodes };
}

function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The month the demo's report history fills: the one before `today`'s (YYYY-MM). */
export function demoHistoryMonth(today: string): string {
  return addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}

function seedLastMonth(
  branch: Branch,
  month: string,
  officerIds: [string, string],
  boothIds: string[],
): void {
  const { desks, cases } = planDemoHistory(month, officerIds, boothIds);
  branch.db.transaction(() => {
    for (const d of desks) branch.store.history.insertDesk(d);
    for (const c of cases) branch.store.history.insertCase(c);
    appendAudit(branch.db, {
      actor: 'system:demo-seed',
      action: 'demo.historySeeded',
      subject: null,
      details: { month, desks: desks.length, cases: cases.length },
    });
  })();
}
