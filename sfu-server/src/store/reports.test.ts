import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BranchReport, ClaimType, ReportCounts } from '@bilik/shared';
import { describe, expect, it } from 'vitest';
import { planDemoHistory } from '../demoHistory.js';
import { openDatabase, type Db } from './db.js';
import { HistoryRepository } from './history.js';
import { branchReport, localDayBounds } from './reports.js';

const fresh = (): Db => {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'bilik-report-')), 'bilik.sqlite'));
  db.exec(`
    INSERT INTO officers (id, username, display_name, staff_id, role, password_hash) VALUES
      ('o1','rina','Rina','CSO-1','cso','h'), ('o2','budi','Budi','CSO-2','cso','h');
    INSERT INTO booths (id, name) VALUES ('b1','Bilik 1'), ('b2','Bilik 2');
    INSERT INTO desks VALUES ('d4','o1',4,'2026-03-01T00:00:00Z','2026-03-01T09:00:00Z',NULL),
                             ('d1','o2',1,'2026-03-01T00:00:00Z','2026-03-01T09:00:00Z',NULL);
  `);
  return db;
};

describe('the branch report', () => {
  it("counts each case by its latest decision in the period, with the CSO's amount, CSO and desk size", () => {
    const db = fresh();
    const session = db.prepare(
      "INSERT INTO sessions (id, booth_id, state, created_at, first_served_at) VALUES (?, 'b1', 'decided', ?, ?)",
    );
    const claim = db.prepare(
      "INSERT INTO claim_cases VALUES (?, ?, ?, 'x', ?, NULL, '2026-03-01T08:00:00Z')",
    );
    const decide = db.prepare(
      "INSERT INTO decisions (id, session_id, claim_case_id, decision, reason, missing, amount, desk_id, officer_id, created_at) VALUES (?, ?, ?, ?, ?, '[]', ?, ?, ?, ?)",
    );
    type D = [decision: string, at: string, amount: number | null, reason?: string];
    const cases: [string, ClaimType, string, string, D[]][] = [
      ['1', 'JHT', 'd4', 'o1', [['approved', '2026-03-02T10:10:00Z', 40_000_000]]],
      [
        '2',
        'JHT',
        'd4',
        'o1',
        [
          ['pending', '2026-03-03T10:00:00Z', null],
          ['approved', '2026-03-10T10:00:00Z', 60_000_000],
        ],
      ],
      [
        '3',
        'JHT',
        'd1',
        'o2',
        [
          ['approved', '2026-03-04T10:00:00Z', 5_000_000],
          ['rejected', '2026-03-05T10:00:00Z', null, ' Paklaring palsu '],
        ],
      ],
      ['4', 'JKM', 'd1', 'o2', [['escalated', '2026-03-31T16:59:59Z', null]]],
      ['5', 'JKK', 'd4', 'o1', [['approved', '2026-04-01T17:00:00Z', 12_000_000]]],
      ['6', 'JP', 'd4', 'o1', [['pending', '2026-02-28T16:59:59Z', null]]],
    ];
    for (const [n, type, desk, officer, decisions] of cases) {
      // Served ten minutes before the first decision.
      const served = new Date(Date.parse(decisions[0]![1]) - 600_000).toISOString();
      session.run(`s${n}`, served, served);
      claim.run(`c${n}`, `s${n}`, type, `REF-${n}`);
      for (const [i, [d, at, amount, reason]] of decisions.entries())
        decide.run(`d${n}-${i}`, `s${n}`, `c${n}`, d, reason ?? null, amount, desk, officer, at);
    }
    const { fromIso, toIso } = localDayBounds('2026-03-01', '2026-03-31');
    const inMarch = (iso: string) => iso >= fromIso && iso < toIso;
    const march = branchReport(db, '2026-03-01', '2026-03-31', null);
    // Which of the edge cases fall in March depends on the time zone the server runs in.
    const expected = cases.filter(([, , , , d]) => inMarch(d.at(-1)![1]));
    expect(march.totals.cases).toBe(expected.length);
    expect(march.programmes.map((p) => p.claimType)).toEqual(['JHT', 'JKK', 'JKM', 'JP']);
    expect(march.programmes[0]).toMatchObject({
      claimType: 'JHT',
      cases: 3,
      approved: 2,
      rejected: 1,
      approvedAmount: 100_000_000,
    });
    expect(march.rejections).toEqual([{ claimType: 'JHT', reason: 'Paklaring palsu', count: 1 }]);
    expect(march.officers.find((o) => o.officerId === 'o1')).toMatchObject({
      cases: 2,
      approved: 2,
      approvedAmount: 100_000_000,
    });
    expect(march.deskModes.find((m) => m.mode === 'oneToMany')).toMatchObject({
      cases: 2,
      approvedAmount: 100_000_000,
    });
    // Case 1 took ten minutes; case 2's latest decision came a week after it was first served.
    expect(march.officers.find((o) => o.officerId === 'o1')!.avgHandlingSeconds).toBeCloseTo(
      (600 + 7 * 86_400 + 600) / 2,
    );
    expect(branchReport(db, '2026-03-01', '2026-03-31', 'JKM').programmes).toEqual([
      expect.objectContaining({ claimType: 'JKM', cases: inMarch('2026-03-31T16:59:59Z') ? 1 : 0 }),
    ]);
  });

  it('matches a month of demo history recomputed from its rows', () => {
    const db = fresh();
    const month = '2026-03';
    const plan = planDemoHistory(month, ['o1', 'o2'], ['b1', 'b2']);
    const history = new HistoryRepository(db);
    db.transaction(() => {
      for (const d of plan.desks) history.insertDesk(d);
      for (const c of plan.cases) history.insertCase(c);
    })();
    expect(plan.cases.length).toBeGreaterThan(150);
    for (const claimType of [null, 'JKK'] as const) {
      const report = branchReport(db, '2026-03-01', '2026-03-31', claimType);
      const oracle = recompute(db, '2026-03-01', '2026-03-31', claimType);
      expect(withoutAverages(report)).toEqual(withoutAverages(oracle));
      expect(report.totals.avgHandlingSeconds).toBeCloseTo(oracle.totals.avgHandlingSeconds!, 3);
      report.officers.forEach((o, i) =>
        expect(o.avgHandlingSeconds).toBeCloseTo(oracle.officers[i]!.avgHandlingSeconds!, 3),
      );
    }
    const all = branchReport(db, '2026-03-01', '2026-03-31', null);
    expect(all.programmes[0]!.cases).toBeGreaterThan(all.programmes[1]!.cases);
    expect(all.totals.approvedAmount).toBeGreaterThan(1_000_000_000);
  });
});

type Row = {
  claim_case_id: string;
  decision: string;
  reason: string | null;
  amount: number | null;
  officer_id: string;
  created_at: string;
  claim_type: ClaimType;
  first_served_at: string | null;
  slots: number | null;
  display_name: string;
  staff_id: string;
};

/** The report worked out in plain code from every decision row: the SQL's independent check. */
function recompute(db: Db, from: string, to: string, claimType: ClaimType | null): BranchReport {
  const rows = db
    .prepare(
      `SELECT d.claim_case_id, d.decision, d.reason, d.amount, d.officer_id, d.created_at, c.claim_type,
              s.first_served_at, k.slots, o.display_name, o.staff_id
       FROM decisions d JOIN claim_cases c ON c.id = d.claim_case_id JOIN sessions s ON s.id = d.session_id
       JOIN officers o ON o.id = d.officer_id LEFT JOIN desks k ON k.id = d.desk_id ORDER BY d.rowid`,
    )
    .all() as Row[];
  const latest = new Map<string, Row>();
  for (const r of rows) latest.set(r.claim_case_id, r);
  const start = new Date(`${from}T00:00:00`).getTime();
  const end = new Date(`${to}T00:00:00`).getTime() + 86_400_000;
  const inPeriod = [...latest.values()].filter(
    (r) =>
      Date.parse(r.created_at) >= start &&
      Date.parse(r.created_at) < end &&
      (claimType === null || r.claim_type === claimType),
  );
  const sum = (list: Row[]): ReportCounts => {
    const handled = list.filter((r) => r.first_served_at !== null);
    return {
      cases: list.length,
      approved: list.filter((r) => r.decision === 'approved').length,
      pending: list.filter((r) => r.decision === 'pending').length,
      rejected: list.filter((r) => r.decision === 'rejected').length,
      escalated: list.filter((r) => r.decision === 'escalated').length,
      approvedAmount: list.filter((r) => r.decision === 'approved').reduce((n, r) => n + (r.amount ?? 0), 0),
      avgHandlingSeconds: handled.length
        ? handled.reduce(
            (n, r) => n + (Date.parse(r.created_at) - Date.parse(r.first_served_at!)) / 1000,
            0,
          ) / handled.length
        : null,
    };
  };
  const by = <K extends string>(key: (r: Row) => K | null) => {
    const groups = new Map<K, Row[]>();
    for (const r of inPeriod) {
      const k = key(r);
      if (k !== null) groups.set(k, [...(groups.get(k) ?? []), r]);
    }
    return groups;
  };
  const officers = [...by((r) => r.officer_id).entries()]
    .map(([officerId, list]) => ({
      officerId,
      displayName: list[0]!.display_name,
      staffId: list[0]!.staff_id,
      ...sum(list),
    }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  const modes = by((r) => (r.slots === null ? null : r.slots === 1 ? 'oneToOne' : 'oneToMany'));
  const rejections = [
    ...by((r) => (r.decision === 'rejected' ? `${r.claim_type}|${(r.reason ?? '').trim()}` : null)),
  ]
    .map(([k, list]) => ({
      claimType: k.split('|')[0] as ClaimType,
      reason: k.split('|')[1]!,
      count: list.length,
    }))
    .sort(
      (a, b) =>
        b.count - a.count || a.claimType.localeCompare(b.claimType) || a.reason.localeCompare(b.reason),
    );
  const types: ClaimType[] = claimType ? [claimType] : ['JHT', 'JKK', 'JKM', 'JP'];
  return {
    from,
    to,
    claimType,
    totals: sum(inPeriod),
    programmes: types.map((t) => ({ claimType: t, ...sum(inPeriod.filter((r) => r.claim_type === t)) })),
    rejections,
    officers,
    deskModes: (['oneToOne', 'oneToMany'] as const)
      .filter((m) => modes.has(m))
      .sort()
      .reverse()
      .map((mode) => ({ mode, ...sum(modes.get(mode)!) })),
  };
}

function withoutAverages(report: BranchReport): unknown {
  return JSON.parse(
    JSON.stringify(report, (key, value: unknown) => (key === 'avgHandlingSeconds' ? undefined : value)),
  );
}
