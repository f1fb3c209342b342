import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db.js';
import { claimReport } from './reports.js';

describe('the claim report', () => {
  it('counts each case by its latest decision in the period, and sums approved amounts per programme', () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'bilik-report-')), 'bilik.sqlite'));
    db.exec(`
      INSERT INTO officers VALUES ('o1','rina','Rina','CSO-1','cso','h',0,NULL);
      INSERT INTO booths VALUES ('b1','Bilik 1',NULL,NULL);
    `);
    const session = db.prepare(
      "INSERT INTO sessions (id, booth_id, state, created_at) VALUES (?, 'b1', 'decided', '2026-03-01T08:00:00Z')",
    );
    const claim = db.prepare("INSERT INTO claim_cases VALUES (?, ?, ?, 'x', ?, ?, '2026-03-01T08:00:00Z')");
    const decide = db.prepare(
      "INSERT INTO decisions (id, session_id, claim_case_id, decision, reason, missing, officer_id, created_at) VALUES (?, ?, ?, ?, NULL, '[]', 'o1', ?)",
    );
    const cases: [string, string, number | null, [string, string][]][] = [
      ['1', 'JHT', 40_000_000, [['approved', '2026-03-02T10:00:00Z']]],
      [
        '2',
        'JHT',
        60_000_000,
        [
          ['pending', '2026-03-03T10:00:00Z'],
          ['approved', '2026-03-10T10:00:00Z'],
        ],
      ],
      [
        '3',
        'JHT',
        5_000_000,
        [
          ['approved', '2026-03-04T10:00:00Z'],
          ['rejected', '2026-03-05T10:00:00Z'],
        ],
      ],
      ['4', 'JKM', 42_000_000, [['escalated', '2026-03-31T23:59:59Z']]],
      ['5', 'JKK', 12_000_000, [['approved', '2026-04-01T00:00:00Z']]],
      ['6', 'JP', null, [['pending', '2026-02-28T23:59:59Z']]],
    ];
    for (const [n, type, amount, decisions] of cases) {
      session.run(`s${n}`);
      claim.run(`c${n}`, `s${n}`, type, `REF-${n}`, amount);
      for (const [i, [d, at]] of decisions.entries()) decide.run(`d${n}-${i}`, `s${n}`, `c${n}`, d, at);
    }
    // March: case 2's latest is its approval, case 3's its rejection; cases 5 and 6 fall outside.
    expect(claimReport(db, '2026-03-01', '2026-03-31')).toEqual([
      { claimType: 'JHT', approved: 2, pending: 0, rejected: 1, escalated: 0, amount: 100_000_000 },
      { claimType: 'JKM', approved: 0, pending: 0, rejected: 0, escalated: 1, amount: 0 },
    ]);
    expect(claimReport(db, '2026-04-01', '2026-04-30')).toEqual([
      { claimType: 'JKK', approved: 1, pending: 0, rejected: 0, escalated: 0, amount: 12_000_000 },
    ]);
  });
});
