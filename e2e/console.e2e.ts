import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BoothEvents, localIsoDate, t } from '@bilik/shared';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHistoryMonth } from '../sfu-server/src/seedDemo.js';
import { localDayBounds } from '../sfu-server/src/store/reports.js';
import { send } from '../sfu-server/src/test-support/branchClient.js';
import { e2eAgent } from './support/branchTrust.js';
import { startBranchServer, type E2eServer } from './support/branchServer.js';
import { launchChromium } from './support/chromium.js';
import { consoleText as c, openConsole, openKioskPage, signInConsole } from './support/consolePage.js';
import { injectScan } from './support/kioskRig.js';
import { CsoClient } from './support/kioskCso.js';
import { axeViolations, officerText } from './support/officerPage.js';

// The branch console in Debian's Chromium against a real branch server with the demo data: a
// supervisor watching a desk live (pushes, no polling), the demo month's report and its CSV
// against the database, an enrollment QR that enrolls a booth page, accounts, audit, and axe on
// every screen.

// The kiosk's own QR reader (a UMD module: required, so its default export is the function).
const jsQR = createRequire(import.meta.url)('jsqr') as typeof import('jsqr').default;

const seriousAxe = async (page: Page, screen: string) => {
  const violations = await axeViolations(page);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `axe on the console's ${screen} screen`).toEqual([]);
};

describe('branch console (built UI, real branch server)', () => {
  let server: E2eServer;
  let browser: Browser;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startBranchServer(), launchChromium()]);
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await browser?.close();
    await server?.stop();
  });

  /** A booth (Node socket, no media) walked through check-in to the queue. */
  async function queuedBooth(code: string, nik: string, kpj: string): Promise<string> {
    const agent = await e2eAgent();
    const r = await send(`${server.url}/api/booth/enroll`, { agent, json: { code } });
    const socket = io(`${server.url}/booth`, {
      auth: { deviceToken: (JSON.parse(r.body) as { deviceToken: string }).deviceToken },
      transports: ['websocket'],
      agent: agent as never,
    });
    sockets.push(socket);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const ack = (event: string, payload: unknown) => socket.timeout(10_000).emitWithAck(event, payload);
    await ack(BoothEvents.checkIn, { method: 'nikKpj', nik, kpj });
    await ack(BoothEvents.consent, { accepted: true });
    const v = (await ack(BoothEvents.chooseClaim, {
      claimType: 'JHT',
      reason: 'resignation',
      priorityNeed: null,
    })) as {
      session: { sessionId: string };
    };
    return v.session.sessionId;
  }

  it('turns a CSO away plainly, and has no serious axe violations on sign-in', async () => {
    const page = await openConsole(browser, server.url);
    await seriousAxe(page, 'sign-in');
    await signInConsole(page, 'cso1', 'cso1-demo-pass');
    await page.getByRole('alert').getByText(c['console.csoRefused']).waitFor();
    await seriousAxe(page, 'CSO refused');
    // The CSO's token was signed out on the server, not only forgotten by the page.
    const loggedOut = () =>
      (
        server.branch.db
          .prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'officer.loggedOut'")
          .get() as { n: number }
      ).n;
    await expect.poll(loggedOut).toBe(1);
    await page.context().close();
  });

  it('shows a supervisor a desk live: opened, a booth seated, the floor moved, by push', async () => {
    const page = await openConsole(browser, server.url);
    const sent: string[] = [];
    const boards: string[] = [];
    page.on('websocket', (ws) => {
      ws.on('framesent', (f) => sent.push(String(f.payload)));
      ws.on(
        'framereceived',
        (f) => String(f.payload).includes('"admin:board"') && boards.push(String(f.payload)),
      );
    });
    await signInConsole(page, 'sup1', 'sup1-demo-pass');
    await page.getByRole('heading', { name: c['board.desks'].replace('{count}', '0') }).waitFor();
    await seriousAxe(page, 'board (empty)');

    const cso = await CsoClient.login(server.url, 'cso1', 'cso1-demo-pass');
    await cso.call('desk:open', { slots: 4 });
    const card = page.locator('.desk-card');
    await card.getByRole('heading', { name: 'Rina Kartika · CSO-0101' }).waitFor();
    const sessionId = await queuedBooth(server.boothCodes[0]!, '3173054512900003', '12345678901');
    const row = card.locator(`[data-session-id="${sessionId}"]`);
    await expect.poll(() => row.getAttribute('data-activity')).toBe('waiting');
    expect(await row.textContent()).toContain('Siti Aminah');
    await cso.call('desk:focus', { sessionId });
    await expect.poll(() => row.getAttribute('data-focused')).toBe('true');
    expect(await row.getAttribute('data-activity')).toBe('served');
    await expect
      .poll(() => card.locator('.desk-floor').textContent())
      .toBe(c['board.floor'].replace('{booth}', 'Bilik 1'));
    // Every change arrived as a push; the page never asked for the board.
    expect(boards.length).toBeGreaterThanOrEqual(3);
    expect(sent.filter((f) => f.includes('admin:getBoard'))).toEqual([]);
    expect(await card.locator('[data-placeholder="listen"]').isDisabled()).toBe(true);
    await seriousAxe(page, 'board');

    await page.getByRole('link', { name: new RegExp(c['nav.escalations']) }).click();
    await page.getByRole('heading', { name: c['escalations.heading'] }).waitFor();
    await seriousAxe(page, 'escalations');

    // Signing out revokes the token on the server.
    const token = await page.evaluate(
      () => (JSON.parse(sessionStorage.getItem('bilik.console.session')!) as { token: string }).token,
    );
    expect(server.branch.officers.byToken(token)).not.toBeNull();
    await page.getByRole('button', { name: c['console.signOut'] }).click();
    await page.getByLabel(officerText['login.username']).waitFor();
    await expect.poll(() => server.branch.officers.byToken(token)).toBeNull();
    cso.close();
    await page.context().close();
  });

  it("shows the demo month's report, and its CSV matches the database", async () => {
    const page = await openConsole(browser, server.url, '#reports');
    await signInConsole(page, 'sup1', 'sup1-demo-pass');
    await page.getByRole('button', { name: c['reports.lastMonth'] }).click();
    const month = demoHistoryMonth(localIsoDate());
    await page.locator(`[data-report-from="${month}-01"] #report-programmes`).waitFor();

    const [y, m] = month.split('-').map(Number) as [number, number];
    const to = `${month}-${String(new Date(y, m, 0).getDate()).padStart(2, '0')}`;
    const { fromIso, toIso } = localDayBounds(`${month}-01`, to);
    // Straight from the decision rows: each case by its latest decision, in the month.
    const db = server.branch.db
      .prepare(
        `SELECT c.claim_type AS type, COUNT(*) AS cases, SUM(d.decision = 'approved') AS approved,
                SUM(d.decision = 'pending') AS pending, SUM(d.decision = 'rejected') AS rejected,
                COALESCE(SUM(CASE WHEN d.decision = 'approved' THEN d.amount END), 0) AS amount
         FROM decisions d JOIN claim_cases c ON c.id = d.claim_case_id
         WHERE d.rowid IN (SELECT MAX(rowid) FROM decisions GROUP BY claim_case_id)
           AND d.created_at >= ? AND d.created_at < ?
         GROUP BY c.claim_type ORDER BY c.claim_type`,
      )
      .all(fromIso, toIso) as {
      type: string;
      cases: number;
      approved: number;
      pending: number;
      rejected: number;
      amount: number;
    }[];
    expect(db.reduce((n, r) => n + r.cases, 0)).toBeGreaterThan(150);
    const total = page.locator('#report-programmes tr[data-row="total"] td').first();
    expect(await total.textContent()).toBe(
      new Intl.NumberFormat('id-ID').format(db.reduce((n, r) => n + r.cases, 0)),
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: c['reports.csv'] }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    for (const r of db) {
      const line = rows.find(
        (row) => row[0] === 'Per program' && row[1] === t('id', `claim.${r.type}` as never),
      );
      expect(line?.slice(2, 8), r.type).toEqual([
        String(r.cases),
        String(r.approved),
        String(r.pending),
        String(r.rejected),
        expect.any(String),
        String(r.amount),
      ]);
    }
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: c['reports.pdf'] }).click(),
    ]);
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await seriousAxe(page, 'reports');
    await page.context().close();
  });

  it("enrolls a booth page from the console's QR, shows its heartbeat, and revokes it", async () => {
    const page = await openConsole(browser, server.url);
    await signInConsole(page, 'admin', 'admin-demo-pass');
    await page.getByLabel(c['booths.name']).fill('Bilik 9');
    await page.getByRole('button', { name: c['booths.issue'] }).click();
    const qr = page.locator('.enroll-qr');
    await qr.waitFor();
    await seriousAxe(page, 'booths');
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    const code = (await page.locator('.enroll-code').textContent())!;
    expect(decoded).toBe(`${server.url}/kiosk/?enroll=${code}`);

    const kiosk = await openKioskPage(browser, server.url);
    await kiosk.getByRole('heading', { name: 'Pendaftaran bilik' }).waitFor();
    await injectScan(kiosk, decoded!);
    await kiosk.getByRole('heading', { name: 'Selamat datang di layanan BPJS Ketenagakerjaan' }).waitFor();
    const listed = page.locator('.booth-table tr', { hasText: 'Bilik 9' });
    await expect.poll(() => listed.getAttribute('data-online')).toBe('true');
    await expect.poll(() => listed.textContent()).toContain('0.1.0');
    expect(await listed.textContent()).toContain(c['device.unknown']);

    await listed.getByRole('button', { name: c['booths.revoke'].replace('{name}', 'Bilik 9') }).click();
    await page.getByRole('dialog').getByRole('button', { name: c['booths.revokeConfirm'] }).click();
    await kiosk.getByRole('heading', { name: 'Pendaftaran bilik' }).waitFor();
    await expect.poll(() => listed.textContent()).toContain(c['booths.revoked']);
    await kiosk.context().close();
    await page.context().close();
  });

  it('creates an officer who chooses a password at first sign-in, and verifies the audit chain', async () => {
    const page = await openConsole(browser, server.url, '#officers');
    await signInConsole(page, 'admin', 'admin-demo-pass');
    await page.getByLabel(c['officers.username']).fill('wati');
    await page.getByLabel(c['officers.displayName']).fill('Wati Susanti');
    await page.getByLabel(c['officers.staffId']).fill('CSO-0109');
    await page.locator('#officer-password').fill('sementara-123');
    await page.getByRole('button', { name: c['officers.create'] }).click();
    await page.locator('tr[data-username="wati"]').waitFor();
    await seriousAxe(page, 'officers');

    const desk = await openConsole(browser, server.url);
    await desk.goto(`${server.url}/officer/`);
    await signInConsole(desk, 'wati', 'sementara-123');
    await desk.getByRole('heading', { name: officerText['password.heading'] }).waitFor();
    await seriousAxe(desk, 'change password (officer station)');
    await desk.getByLabel(officerText['password.new'], { exact: true }).fill('kopi-susu-77');
    await desk.getByLabel(officerText['password.repeat']).fill('kopi-susu-77');
    await desk.getByRole('button', { name: officerText['password.submit'] }).click();
    await desk.getByText('Wati Susanti · CSO-0109').waitFor();
    await desk.context().close();

    await page.getByRole('link', { name: c['nav.system'] }).click();
    await page.getByRole('button', { name: c['system.verify'] }).click();
    const result = page.locator('.audit-result');
    await expect.poll(() => result.getAttribute('data-audit-ok')).toBe('true');
    expect(await result.textContent()).toMatch(/^Utuh: [\d.]+ baris diperiksa/);
    expect(await page.locator('[data-fingerprint]').textContent()).toBe(await caFingerprint());
    await seriousAxe(page, 'audit and server');
    await page.context().close();
  });

  async function caFingerprint(): Promise<string> {
    const r = await send(`${server.url}/ca`, { agent: await e2eAgent() });
    return /id="fingerprint">([^<]+)</.exec(r.body)![1]!;
  }

  it('offers a fresh install exactly one way in: the printed setup token', async () => {
    const fresh = await startBranchServer({ seed: false });
    try {
      const { token } = fresh.branch.firstRun.issue()!;
      const page = await openConsole(browser, fresh.url);
      await page.getByRole('heading', { name: c['setup.heading'] }).waitFor();
      await seriousAxe(page, 'first-run setup');
      await page.getByLabel(c['setup.token']).fill(token);
      await page.getByLabel(c['officers.username']).fill('ti.cabang');
      await page.getByLabel(c['officers.displayName']).fill('TI Cabang');
      await page.getByLabel(c['officers.staffId']).fill('IT-0001');
      await page.getByLabel(officerText['password.new']).fill('pertama-kali-1');
      await page.getByRole('button', { name: c['setup.submit'] }).click();
      await page.getByRole('heading', { name: c['booths.enroll'] }).waitFor();
      expect(fresh.branch.firstRun.needed).toBe(false);
      await page.context().close();
    } finally {
      await fresh.stop();
    }
  });
});
