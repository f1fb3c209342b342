import '/work/wt/console/sfu-server/src/media/workerEnv.js';
import { writeFileSync } from 'node:fs';
import { BoothEvents } from '@bilik/shared';
import { io } from 'socket.io-client';
import { startBranchServer } from '/work/wt/console/e2e/support/branchServer.js';
import { launchChromium, mediaContext } from '/work/wt/console/e2e/support/chromium.js';
import { e2eAgent } from '/work/wt/console/e2e/support/branchTrust.js';
import { send } from '/work/wt/console/sfu-server/src/test-support/branchClient.js';
import { CsoClient } from '/work/wt/console/e2e/support/kioskCso.js';
import { axeViolations } from '/work/wt/console/e2e/support/officerPage.js';

const out = '/tmp/console-look';
const server = await startBranchServer();
const agent = await e2eAgent();
const browser = await launchChromium();
try {
  const cso = await CsoClient.login(server.url, 'cso1', 'cso1-demo-pass');
  await cso.call('desk:open', { slots: 4 });
  const cso2 = await CsoClient.login(server.url, 'cso2', 'cso2-demo-pass');
  await cso2.call('desk:open', { slots: 1 });
  const participants = [
    ['3173054512900003', '12345678901'],
    ['3201011708850001', '23456789012'],
    ['7371011401920005', '34567890124'],
    ['5171015704880002', '45678901235'],
    ['5104025002680003', '56789012346'],
    ['3578052309820007', '67890123457'],
  ];
  const sessions: string[] = [];
  for (const [i, code] of server.boothCodes.entries()) {
    const r = await send(`${server.url}/api/booth/enroll`, { agent, json: { code } });
    const { deviceToken } = JSON.parse(r.body);
    const s = io(`${server.url}/booth`, { auth: { deviceToken }, transports: ['websocket'], agent: agent as never });
    await new Promise((res) => s.once('connect', res));
    const ack = (e: string, p: unknown) => s.timeout(5000).emitWithAck(e, p);
    await ack(BoothEvents.heartbeat, { appVersion: '0.1.0', devices: { camera: 'ok', documentCamera: i % 3 ? 'ok' : 'missing', barcodeReader: i === 2 ? 'missing' : 'ok' } });
    await ack(BoothEvents.checkIn, { method: 'nikKpj', nik: participants[i]![0], kpj: participants[i]![1] });
    await ack(BoothEvents.consent, { accepted: true });
    const v = await ack(BoothEvents.chooseClaim, { claimType: i === 4 ? 'JKM' : 'JHT', reason: i === 4 ? 'standard' : 'resignation', priorityNeed: i === 5 ? 'elderly' : null });
    sessions.push(v.session.sessionId);
    if (i === 3) await ack(BoothEvents.callHelp, {});
  }
  await cso.call('desk:focus', { sessionId: sessions[0] });
  const shots: [string, string, string, string][] = [
    ['sup1', 'sup1-demo-pass', '#board', 'board'],
    ['sup1', 'sup1-demo-pass', '#reports', 'reports'],
    ['sup1', 'sup1-demo-pass', '#escalations', 'escalations'],
    ['admin', 'admin-demo-pass', '#booths', 'booths'],
    ['admin', 'admin-demo-pass', '#officers', 'officers'],
    ['admin', 'admin-demo-pass', '#system', 'system'],
  ];
  const lang = process.argv[2] ?? 'id';
  for (const [user, pass, hash, name] of shots) {
    const context = await mediaContext(browser, server.url, { width: 1920, height: 1080 });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
    await page.goto(`${server.url}/console/?lang=${lang}${hash}`);
    if (name === 'board') await page.screenshot({ path: `${out}/login-${lang}.png` });
    await page.locator('#login-username').fill(user);
    await page.locator('#login-password').fill(pass);
    await page.locator('form button[type=submit]').click();
    await page.locator('.console-nav').waitFor();
    if (name === 'reports') {
      await page.getByRole('button', { name: lang === 'id' ? 'Bulan lalu' : 'Last month' }).click();
      await page.locator('#report-programmes').waitFor();
    }
    if (name === 'booths') {
      await page.locator('#enroll-booth-name').fill('Bilik 7');
      await page.locator('.enroll-panel button[type=submit]').click();
      await page.locator('.enroll-qr').waitFor();
    }
    if (name === 'system') {
      await page.getByRole('button', { name: lang === 'id' ? 'Periksa rantai audit' : 'Verify the audit chain' }).click();
      await page.locator('.audit-result').waitFor();
    }
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/${name}-${lang}.png` });
    const v = await axeViolations(page);
    console.log(name, JSON.stringify(v.filter((x) => x.impact === 'serious' || x.impact === 'critical')));
    await context.close();
  }
  cso.close();
  cso2.close();
} finally {
  await browser.close();
  await server.stop();
}
process.exit(0);
