import { afterEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SITI, boothIdOf, checkInWithNikKpj, heading, openSessionOf } from './support/kioskJourney.js';
import { openEnrolledKiosk, startKioskRig, type KioskRig } from './support/kioskRig.js';
import { officerText as text, openDesk, openOfficerPage, signIn } from './support/officerPage.js';

// A participant who waits and steps away keeps their place: the booth asks "Masih di sana?",
// then tells the CSO they are absent instead of wiping; a touch brings them back; the CSO can
// give the place up, and a call for help reaches the desk as a banner until acknowledged. Built
// kiosk and officer station in Chromium against a real branch server.

// The wipe timeout of the unqueued screens is 20 s here (warning from 5 s); a queued participant
// is asked after 12 s and marked absent after 24 s, so staying absent proves they outlived the
// old wipe.
const IDLE = 20;
const PRESENCE = 24;

let rig: KioskRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const tileOf = (page: Page, boothName: string) =>
  page.locator('.grid > li', { has: page.getByRole('heading', { name: boothName, level: 3 }) });

async function queueAndWalkAway(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sentuh untuk mulai' }).click();
  await checkInWithNikKpj(page, SITI.nik, SITI.kpj);
  await page.getByRole('button', { name: 'Ya, saya setuju' }).click();
  await page.getByLabel('Jaminan Hari Tua (JHT)').check();
  await page.getByLabel('Berhenti bekerja atas kemauan sendiri').check();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('button', { name: 'Saya sudah siap' }).click();
  await heading(page, 'Menunggu petugas').waitFor();
}

describe('kiosk presence: no lost places (built renderers, real branch server)', () => {
  it('keeps an idle queued participant in line, tells the CSO, takes them back on a touch, and lets the CSO end it', async () => {
    rig = await startKioskRig();
    const { page, server, browser } = rig;
    await openEnrolledKiosk(rig, server.boothCodes[0]!, `&idle=${IDLE}&presence=${PRESENCE}`);
    const boothId = await boothIdOf(page);
    await queueAndWalkAway(page);
    const session = openSessionOf(rig, boothId);
    const started = Date.now();

    const question = page.getByRole('alertdialog', { name: 'Masih di sana?' });
    await question.waitFor({ timeout: 20_000 });
    await question.getByText('Tempat antrean Anda tetap disimpan', { exact: false }).waitFor();
    const absent = page.getByRole('alertdialog', { name: 'Tempat Anda tetap disimpan' });
    await absent.waitFor({ timeout: 20_000 });
    expect(Date.now() - started).toBeGreaterThan(IDLE * 1000);
    // Still in line, still the same visit, nothing wiped.
    await heading(page, 'Menunggu petugas').waitFor();
    await page.getByText('Nomor antrean Anda: 1').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBeGreaterThan(0);
    expect(server.branch.store.sessions.get(session.id)?.closed_at).toBeNull();
    expect(server.branch.views.booth(session.id)).toMatchObject({ absent: true, queuePosition: 1 });

    // The CSO opens a desk: the absent booth is seated and its tile says so.
    const cso = await openOfficerPage(browser as Browser, server.url);
    await cso.setViewportSize({ width: 1920, height: 1080 });
    await signIn(cso, 'cso1', 'cso1-demo-pass');
    await openDesk(cso, 4);
    const tile = tileOf(cso, 'Bilik 1');
    await expect.poll(() => tile.getAttribute('data-activity')).toBe('absent');
    await tile.getByText(text['activity.absent']).waitFor();

    // A touch: present again, on the booth and on the desk.
    await absent.getByRole('button', { name: 'Saya sudah kembali' }).click();
    await absent.waitFor({ state: 'detached' });
    await expect.poll(() => tile.getAttribute('data-activity')).toBe('waiting');
    await heading(page, 'Petugas Anda: Rina Kartika').waitFor();

    // "Panggil petugas": a banner on top of the desk and on the tile, until the CSO takes it.
    await page.getByRole('button', { name: 'Panggil petugas' }).click();
    const banner = cso.locator('.help-banner');
    await banner.getByText(text['help.banner'].replace('{booth}', 'Bilik 1')).waitFor();
    await tile.getByRole('button', { name: text['help.acknowledge'] }).waitFor();
    await banner.getByRole('button', { name: text['help.acknowledge'] }).click();
    await banner.waitFor({ state: 'detached' });
    expect(await tile.getByRole('button', { name: text['help.acknowledge'] }).count()).toBe(0);
    const acknowledged = server.branch.db
      .prepare('SELECT state, acknowledged_by FROM help_calls WHERE booth_id = ?')
      .all(boothId) as { state: string; acknowledged_by: string | null }[];
    expect(acknowledged).toEqual([{ state: 'acknowledged', acknowledged_by: expect.any(String) }]);

    // Away again, and this time the CSO gives the place up.
    await absent.waitFor({ timeout: 30_000 });
    await expect.poll(() => tile.getAttribute('data-activity')).toBe('absent');
    await tile.getByRole('button', { name: text['tile.endSession'] }).click();
    await cso.getByRole('dialog').getByRole('button', { name: text['tile.endConfirm'] }).click();
    await heading(page, 'Selamat datang di layanan BPJS Ketenagakerjaan').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await expect.poll(() => tile.count()).toBe(0);
    expect(server.branch.store.sessions.get(session.id)?.state).toBe('closed');
    const audit = server.branch.db
      .prepare("SELECT actor FROM audit_log WHERE action = 'session.endedAbsent' AND subject = ?")
      .all(session.id) as { actor: string }[];
    expect(audit).toEqual([{ actor: expect.stringMatching(/^officer:/) }]);
    expect(rig.problems).toEqual([]);
  });
});
