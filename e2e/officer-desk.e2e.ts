import { OfficerEvents, t, type Ack } from '@bilik/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBoothPage, serveBoothFixture, type BoothFixture, type BoothPage } from './support/boothPage.js';
import { startBranchServer, type E2eServer } from './support/branchServer.js';
import { launchChromium } from './support/chromium.js';
import { CsoClient } from './support/kioskCso.js';
import {
  audioPacketsBySession,
  axeViolations,
  officerText as text,
  openDesk,
  openOfficerPage,
  signIn,
  tile,
  videoProgress,
} from './support/officerPage.js';

// One CSO serving four booths in One to Many mode, through the station's UI, against a real
// branch server, real mediasoup and real WebRTC in Chromium: what the CSO sees (decoding video,
// captures, outcomes) and what the SFU lets through (audio packets only with the focused booth).

const PARTICIPANTS = [
  { nik: '3173054512900003', kpj: '12345678901' }, // Siti Aminah (demo data)
  { nik: '3201011708850001', kpj: '23456789012' }, // Agus Pratama (demo data)
  { nik: '3273012505880002', kpj: '34567890123' }, // not in the branch copy: identity from the NIK
  { nik: '3578016307920004', kpj: '45678901234' },
];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('officer desk: One to Many through the station UI', () => {
  let server: E2eServer;
  let fixture: BoothFixture;
  let browser: Browser;
  let cso1: Page;
  const booths: BoothPage[] = [];
  const sessionIds: string[] = [];

  beforeAll(async () => {
    [server, fixture, browser] = await Promise.all([
      startBranchServer(),
      serveBoothFixture(),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
    await server?.stop();
  });

  /** Audio packets received during 1.5 s, once packets in flight when the floor moved have landed. */
  async function floorWindow(): Promise<{ booths: number[]; cso: Record<string, number> }> {
    await sleep(500);
    const boothsBefore = await Promise.all(booths.map((b) => b.audioPacketsIn()));
    const csoBefore = await audioPacketsBySession(cso1);
    await sleep(1500);
    const boothsAfter = await Promise.all(booths.map((b) => b.audioPacketsIn()));
    const csoAfter = await audioPacketsBySession(cso1);
    return {
      booths: boothsAfter.map((n, i) => n - boothsBefore[i]!),
      cso: Object.fromEntries(sessionIds.map((id) => [id, (csoAfter[id] ?? 0) - (csoBefore[id] ?? 0)])),
    };
  }

  function expectFloorWith(index: number | null, window: Awaited<ReturnType<typeof floorWindow>>): void {
    booths.forEach((_, i) => {
      if (i === index) expect(window.booths[i], `booth ${i + 1} hears the CSO`).toBeGreaterThan(5);
      else expect(window.booths[i], `booth ${i + 1} must not hear the CSO`).toBe(0);
    });
    sessionIds.forEach((id, i) => {
      if (i === index) expect(window.cso[id], `CSO hears booth ${i + 1}`).toBeGreaterThan(5);
      else expect(window.cso[id], `CSO must not hear booth ${i + 1}`).toBe(0);
    });
  }

  it('signs in, opens a 4-slot desk and shows four seated booths with decoding video', async () => {
    // Short SLAs, so a booth left waiting during this test turns red.
    cso1 = await openOfficerPage(browser, server.url, 'amber=2&red=6');
    await signIn(cso1, 'cso1', 'wrong-password');
    await expect.poll(() => cso1.getByRole('alert').textContent()).toBe(t('id', 'error.INVALID_CREDENTIALS'));
    await signIn(cso1, 'cso1', 'cso1-demo-pass');
    await cso1.getByText('Rina Kartika · CSO-0101').waitFor();
    await openDesk(cso1, 4);

    for (const [i, participant] of PARTICIPANTS.entries()) {
      const booth = await openBoothPage(browser, fixture, server.url, server.boothCodes[i]!);
      booths.push(booth);
      sessionIds.push((await booth.call('join', participant)).sessionId);
    }
    for (const booth of booths) {
      await expect.poll(() => booth.call('mediaStatus'), { timeout: 20_000 }).toBe('live');
    }
    for (const [slot, sessionId] of sessionIds.entries()) {
      await expect.poll(() => tile(cso1, slot).getAttribute('data-session-id')).toBe(sessionId);
      await expect
        .poll(() => videoProgress(cso1, `.grid > li[data-slot="${slot}"] video`), { timeout: 20_000 })
        .toMatchObject({
          frames: expect.toSatisfy((n: number) => n > 0),
          width: expect.toSatisfy((w: number) => w > 0),
        });
    }
    await expect.poll(() => tile(cso1, 0).locator('.tile-name').textContent()).toBe('Siti Aminah');
    expect(await tile(cso1, 2).locator('.tile-state').textContent()).toContain(text['activity.waiting']);
  });

  it('moves the audio floor from the UI: only the focused booth and the CSO hear each other', async () => {
    // Every booth consumes the CSO's microphone and the CSO every booth's, paused or not.
    for (const booth of booths) {
      await expect
        .poll(async () => (await booth.call('remoteTracks')).some((r) => r.kind === 'audio'))
        .toBe(true);
    }
    await expect.poll(() => cso1.locator('audio[data-session-id]').count()).toBe(4);

    await tile(cso1, 1).click();
    await expect.poll(() => tile(cso1, 1).getAttribute('data-focused')).toBe('true');
    const second = await floorWindow();
    console.log('audio packets in 1.5 s with booth 2 focused', second);
    expectFloorWith(1, second);

    await cso1.keyboard.press('3');
    await expect.poll(() => tile(cso1, 2).getAttribute('data-focused')).toBe('true');
    expect(await tile(cso1, 1).getAttribute('data-focused')).toBe('false');
    await expect
      .poll(() => tile(cso1, 1).locator('.tile-state').textContent())
      .toContain(text['activity.onHold']);
    const third = await floorWindow();
    console.log('audio packets in 1.5 s with booth 3 focused', third);
    expectFloorWith(2, third);

    // Esc releases the floor: nobody hears anybody.
    await cso1.keyboard.press('Escape');
    await expect.poll(() => cso1.locator('.grid > li[data-focused="true"]').count()).toBe(0);
    const released = await floorWindow();
    console.log('audio packets in 1.5 s with the floor released', released);
    expectFloorWith(null, released);
    await cso1.keyboard.press('3');
    await expect.poll(() => tile(cso1, 2).getAttribute('data-focused')).toBe('true');
  });

  it('keeps the floor whole when the CSO presses 1, 2, 3, 4 within 100 ms', async () => {
    await cso1.keyboard.press('Escape');
    await expect.poll(() => cso1.locator('.grid > li[data-focused="true"]').count()).toBe(0);
    // Pressed inside the page, so the four keys land within a few ms however busy this machine
    // is; the station does not wait for the server between them: four focus requests in flight.
    const elapsed = await cso1.evaluate(() => {
      const started = performance.now();
      for (const key of ['1', '2', '3', '4']) {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        document.body.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
      }
      return performance.now() - started;
    });
    expect(elapsed, 'keys pressed within 100 ms').toBeLessThan(100);
    await expect.poll(() => tile(cso1, 3).getAttribute('data-focused')).toBe('true');
    const burst = await floorWindow();
    console.log(`audio packets in 1.5 s after 1,2,3,4 pressed in ${elapsed.toFixed(0)} ms`, burst);
    expectFloorWith(3, burst);
    expect(await server.branch.floor.checkAll()).toEqual([]);
    await cso1.keyboard.press('3');
    await expect.poll(() => tile(cso1, 2).getAttribute('data-focused')).toBe('true');
  });

  it('brings captures into the verification panel: from the booth, and "capture now" from its document camera', async () => {
    const booth3 = booths[2]!;
    await booth3.call('produceDocument');
    await expect
      .poll(() => videoProgress(cso1, '.stage video[data-source="document"]'), { timeout: 20_000 })
      .toMatchObject({ frames: expect.toSatisfy((n: number) => n > 0) });

    await booth3.call('uploadCapture', 'kpjCard');
    const kpjImage = cso1.locator('li[data-document-kind="kpjCard"] img[data-capture-id]');
    // The fixture's generated 320×200 JPEG, fetched with desk:getCapture.
    await expect
      .poll(() => kpjImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(320);

    const ektp = cso1.locator('li[data-document-kind="ektp"]');
    await ektp.getByRole('button', { name: text['docs.captureNow'] }).click();
    const ektpImage = ektp.locator('img[data-capture-id]');
    // 16:10, the document camera's shape (the face camera is 4:3): the still came from the
    // document camera, whatever resolution the encoder chose for it.
    await expect
      .poll(() =>
        ektpImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth / img.naturalHeight),
      )
      .toBeCloseTo(1.6, 1);
    const stored = server.branch.db
      .prepare('SELECT document_kind, captured_by FROM captures WHERE session_id = ? ORDER BY created_at')
      .all(sessionIds[2]) as { document_kind: string; captured_by: string }[];
    expect(stored.map((c) => c.document_kind)).toEqual(['kpjCard', 'ektp']);
    expect(stored[1]!.captured_by).toMatch(/^officer:/);
    // The e-KTP capture is what the face check compares against.
    await expect.poll(() => cso1.locator('.face-check img[data-capture-id]').count()).toBe(1);

    await ektp.getByRole('button', { name: text['docs.verify'] }).click();
    await expect.poll(() => ektp.getAttribute('data-verdict')).toBe('verified');
  });

  it('blocks approval while a required document is unverified, on the station and on the server', async () => {
    const decision = cso1.locator('section.decision');
    const blockers = decision.locator('.approval-blocked');
    await blockers
      .getByText(text['decision.blocked.unverifiedDocument'].replace('{document}.', t('id', 'doc.kpjCard')))
      .waitFor();
    await blockers
      .getByText(text['decision.blocked.unconfirmedWarning'].replace('{check}', text['check.jhtWorkEnd']))
      .waitFor();
    expect(await decision.getByRole('button', { name: text['decision.submit'] }).isDisabled()).toBe(true);

    // A client that skips the station's checks meets the same gate on the server.
    const direct = await CsoClient.login(server.url, 'cso1', 'cso1-demo-pass');
    const refused = (await direct.socket.timeout(10_000).emitWithAck(OfficerEvents.decide, {
      sessionId: sessionIds[2],
      decision: 'approved',
      reason: null,
      missing: [],
      amount: 42_500_000,
      facts: { jhtBalance: 42_500_000, accountHolder: 'BUDI SANTOSO' },
      overrules: [
        { check: 'jhtWorkEnd', reason: 'Paklaring asli dilihat' },
        { check: 'accountHolder', reason: 'Sama dengan e-KTP asli' },
      ],
    })) as Ack;
    direct.close();
    expect(refused).toMatchObject({ ok: false, code: 'APPROVAL_BLOCKED' });
    expect(refused.ok ? '' : refused.message).toContain('document kpjCard not verified');
    expect(
      server.branch.db.prepare('SELECT COUNT(*) AS n FROM decisions WHERE session_id = ?').get(sessionIds[2]),
    ).toEqual({ n: 0 });
  });

  it('approves once documents are verified and warnings confirmed; the reasons reach the decision row', async () => {
    await cso1.getByLabel(text['facts.balance']).fill('42.500.000');
    await cso1.getByLabel(text['facts.accountHolder']).fill('BUDI SANTOSO');
    for (const kind of [
      'kpjCard',
      'familyCard',
      'resignationLetter',
      'savingsBook',
      'recentPhoto',
      'formF5',
    ]) {
      const row = cso1.locator(`li[data-document-kind="${kind}"]`);
      await row.getByRole('button', { name: text['docs.verify'] }).click();
      await expect.poll(() => row.getAttribute('data-verdict')).toBe('verified');
    }
    const reasons = {
      jhtWorkEnd: 'Paklaring asli dilihat: berhenti bekerja dua bulan lalu',
      accountHolder: 'Nama di buku tabungan asli sama dengan e-KTP asli',
    };
    for (const [check, reason] of Object.entries(reasons)) {
      const item = cso1.locator(`.precheck[data-check="${check}"]`);
      expect(await item.getAttribute('data-status')).toBe('warn');
      await item.getByLabel(text['precheck.reasonLabel']).fill(reason);
      await item.getByRole('button', { name: text['precheck.confirm'] }).click();
      await expect.poll(() => item.getAttribute('data-status')).toBe('confirmed');
    }
    expect(await cso1.locator('.precheck[data-status="warn"], .precheck[data-status="fail"]').count()).toBe(
      0,
    );
    await expect.poll(() => cso1.locator('.approval-blocked').count()).toBe(0);
    // The amount to pay follows the balance the CSO confirmed, and is stored with the decision.
    expect(await cso1.getByLabel(text['decision.amount']).inputValue()).toBe('42.500.000');

    await cso1.getByRole('button', { name: text['decision.submit'] }).click();
    const dialog = cso1.getByRole('dialog');
    await dialog
      .getByRole('button', {
        name: text['decision.confirm'].replace('{decision}', text['decision.approved']),
      })
      .click();
    const done = cso1.locator('[data-outcome="approved"]');
    await done.waitFor();
    await expect.poll(() => booths[2]!.call('outcome')).toMatchObject({ decision: 'approved' });
    const reference = (await booths[2]!.call('outcome'))!.reference;
    expect(await done.textContent()).toContain(reference);
    const rows = server.branch.db
      .prepare('SELECT decision, overrules, facts, amount FROM decisions WHERE session_id = ?')
      .all(sessionIds[2]) as { decision: string; overrules: string; facts: string; amount: number }[];
    expect(rows.map((r) => [r.decision, r.amount])).toEqual([['approved', 42_500_000]]);
    const stored = JSON.parse(rows[0]!.overrules) as { check: string; reason: string }[];
    expect(Object.fromEntries(stored.map((o) => [o.check, o.reason]))).toEqual(reasons);
    expect(JSON.parse(rows[0]!.facts)).toEqual({ jhtBalance: 42_500_000, accountHolder: 'BUDI SANTOSO' });
  });

  it('has no serious or critical axe violations on the desk screen', async () => {
    const violations = await axeViolations(cso1);
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (violations.length) console.log('axe violations', violations);
    expect(serious).toEqual([]);
  });

  it('hands a booth off to a second CSO, whose tile then decodes its video', async () => {
    const cso2 = await openOfficerPage(browser, server.url);
    await signIn(cso2, 'cso2', 'cso2-demo-pass');
    await openDesk(cso2, 1);

    // Booth 1, on hold since the burst (the first one the floor left), passes the red SLA and has
    // waited longest: N (the starvation guard) serves it.
    await expect.poll(() => tile(cso1, 0).getAttribute('data-wait-level'), { timeout: 10_000 }).toBe('red');
    expect(await tile(cso1, 0).locator('.badges').textContent()).toContain(text['tile.longestWaiting']);
    await cso1.keyboard.press('n');
    await expect.poll(() => tile(cso1, 0).getAttribute('data-focused')).toBe('true');
    await cso1.getByRole('button', { name: text['handoff.load'] }).click();
    await cso1.getByRole('button', { name: text['handoff.submit'], exact: true }).click();
    await cso1.getByRole('dialog').getByRole('button', { name: text['handoff.submit'] }).click();

    await expect
      .poll(() => tile(cso2, 0).getAttribute('data-session-id'), { timeout: 20_000 })
      .toBe(sessionIds[0]);
    await expect.poll(() => tile(cso1, 0).getAttribute('data-session-id')).toBeNull();
    await expect
      .poll(() => videoProgress(cso2, '.grid > li[data-slot="0"] video'), { timeout: 20_000 })
      .toMatchObject({ frames: expect.toSatisfy((n: number) => n > 0) });
    expect(await booths[0]!.call('mediaStarts')).toBe(2);
  });
});
