import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminEvents, localIsoDate } from '@bilik/shared';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHistoryMonth, seedDemo } from '../seedDemo.js';
import { branchReport } from '../store/reports.js';
import { consoleUser, demoToken } from '../test-support/actors.js';
import { send } from '../test-support/branchClient.js';
import { ok, startTestServer, type TestServer } from '../test-support/testServer.js';

// What the console downloads with its token over HTTPS: the report as a PDF and a backup of the
// database; and the report itself over /admin, on the demo's month of history.

describe('report and backup downloads (real server, SQLite)', () => {
  let server: TestServer;
  let month: string;
  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.branch, pino({ level: 'silent' }));
    month = demoHistoryMonth(localIsoDate());
  });
  afterAll(() => server.stop());

  const get = (path: string, token?: string) =>
    send(`${server.url}${path}`, {
      agent: server.agent,
      ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    });
  const lastDay = (m: string) => {
    const [y, mm] = m.split('-').map(Number) as [number, number];
    return `${m}-${String(new Date(y, mm, 0).getDate()).padStart(2, '0')}`;
  };

  it("answers the report request with the demo month's figures", async () => {
    const supervisor = (await consoleUser(server, 'sup1')).socket;
    const { report } = await ok(supervisor, AdminEvents.report, { from: `${month}-01`, to: lastDay(month) });
    expect(report).toEqual(branchReport(server.branch.db, `${month}-01`, lastDay(month), null));
    expect(report.totals.cases).toBeGreaterThan(150);
    expect(report.deskModes.map((m) => m.mode)).toEqual(['oneToOne', 'oneToMany']);
    supervisor.disconnect();
  });

  it('streams the report as a PDF to supervisors and admins only', async () => {
    const path = `/api/reports/claims.pdf?from=${month}-01&to=${lastDay(month)}&lang=en`;
    expect((await get(path)).status).toBe(401);
    expect((await get(path, await demoToken(server, 'cso1'))).status).toBe(403);
    expect((await get('/api/reports/claims.pdf?from=x', await demoToken(server, 'sup1'))).status).toBe(400);
    const pdf = await get(path, await demoToken(server, 'sup1'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.bytes.length).toBeGreaterThan(2000);
  });

  it('streams a consistent copy of the database to admins, audited inside the copy', async () => {
    expect((await get('/api/admin/backup', await demoToken(server, 'sup1'))).status).toBe(403);
    const backup = await get('/api/admin/backup', await demoToken(server, 'admin'));
    expect(backup.status).toBe(200);
    expect(backup.headers['content-disposition']).toMatch(/^attachment; filename="bilik-backup-.*\.sqlite"$/);
    expect(backup.bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    const file = join(mkdtempSync(join(tmpdir(), 'bilik-restore-')), 'copy.sqlite');
    writeFileSync(file, backup.bytes);
    const copy = new Database(file, { readonly: true });
    expect(
      copy.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'database.backupDownloaded'").get(),
    ).toEqual({
      n: 1,
    });
    expect(copy.prepare('SELECT COUNT(*) AS n FROM decisions').get()).toEqual(
      server.branch.db.prepare('SELECT COUNT(*) AS n FROM decisions').get(),
    );
    copy.close();
  });
});
