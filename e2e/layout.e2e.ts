import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBoothPage, serveBoothFixture, type BoothFixture } from './support/boothPage.js';
import { SITI, checkInWithNikKpj, heading, photograph } from './support/kioskJourney.js';
import { openEnrolledKiosk, startKioskRig, type KioskRig } from './support/kioskRig.js';
import { officerText as text, openDesk, openOfficerPage, signIn } from './support/officerPage.js';
import {
  LANDSCAPE,
  PORTRAIT,
  expectOnOneScreen,
  expectScreenshot,
  type Viewport,
} from './support/screenshots.js';

// Every kiosk screen and the officer desk at 1920×1080 and 1080×1920 (the kiosk also with large
// text + high contrast): help, language and the screen's main action are inside the viewport,
// the page itself never scrolls, and each looks like its committed baseline in e2e/baselines.
// One participant walks the journey; each screen is checked in every variant where it stands.

const KIOSK_VARIANTS: { viewport: Viewport; accessible: boolean }[] = [
  { viewport: LANDSCAPE, accessible: false },
  { viewport: PORTRAIT, accessible: false },
  { viewport: LANDSCAPE, accessible: true },
  { viewport: PORTRAIT, accessible: true },
];

let rig: KioskRig;
let fixture: BoothFixture;

async function setPressed(page: Page, name: string, on: boolean): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  if ((await button.getAttribute('aria-pressed')) !== String(on)) await button.click();
}

/** Checks the kiosk's current screen in every variant, then leaves it as it was found. */
async function checkKiosk(screen: string, primary: (page: Page) => Locator | null, masks: string[] = []) {
  const { page } = rig;
  for (const { viewport, accessible } of KIOSK_VARIANTS) {
    await page.setViewportSize(viewport);
    await setPressed(page, 'Huruf besar', accessible);
    await setPressed(page, 'Kontras tinggi', accessible);
    const name = `kiosk-${screen}-${viewport.name}${accessible ? '-large-contrast' : ''}`;
    const main = primary(page);
    await expectOnOneScreen(page, name, {
      help: page.getByRole('button', { name: 'Panggil petugas' }),
      indonesian: page.getByRole('button', { name: 'Bahasa Indonesia' }),
      english: page.getByRole('button', { name: 'English' }),
      ...(main ? { primary: main } : {}),
    });
    // Nothing spills out of the screen's own area over the footer (where help is).
    const spill = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      return main.scrollHeight - main.clientHeight;
    });
    expect(spill, `${name}: content overflowing <main>`).toBeLessThanOrEqual(1);
    await expectScreenshot(
      page,
      name,
      ['video', 'img.thumbnail', 'img.still', ...masks].map((m) => page.locator(m)),
    );
  }
  await page.setViewportSize(LANDSCAPE);
  await setPressed(page, 'Huruf besar', false);
  await setPressed(page, 'Kontras tinggi', false);
}

async function checkDesk(cso: Page, state: string, essentials: Record<string, Locator>) {
  for (const viewport of [LANDSCAPE, PORTRAIT]) {
    await cso.setViewportSize(viewport);
    const name = `desk-${state}-${viewport.name}`;
    await expectOnOneScreen(cso, name, {
      english: cso.getByRole('button', { name: 'English' }),
      firstTile: cso.locator('.grid > li').first(),
      ...essentials,
    });
    // Controls a CSO can hit without aiming: every visible button at least 44 px high.
    const small = await cso.evaluate(() =>
      [...document.querySelectorAll('main button')]
        .map((b) => ({ text: b.textContent ?? '', height: b.getBoundingClientRect().height }))
        .filter((b) => b.height > 0 && b.height < 44),
    );
    expect(small, `${name}: buttons under 44 px`).toEqual([]);
    await expectScreenshot(
      cso,
      name,
      ['.video', 'img', '.wait'].map((m) => cso.locator(m)),
    );
  }
  await cso.setViewportSize(LANDSCAPE);
}

describe('layout: one screen, nothing essential out of view (screenshots against baselines)', () => {
  beforeAll(async () => {
    [rig, fixture] = await Promise.all([startKioskRig(), serveBoothFixture()]);
  });
  afterAll(async () => {
    await fixture?.close();
    await rig?.close();
  });

  it('lays out every kiosk screen and the desk at both sizes', async () => {
    const { page, server, browser } = rig;
    await page.setViewportSize(LANDSCAPE);
    await page.goto(`${server.url}/kiosk/`);
    await heading(page, 'Pendaftaran bilik').waitFor();
    // No help button before the booth is enrolled: branch IT is standing at it.
    for (const viewport of [LANDSCAPE, PORTRAIT]) {
      await page.setViewportSize(viewport);
      await expectOnOneScreen(page, `enroll-${viewport.name}`, {
        submit: page.getByRole('button', { name: 'Daftarkan bilik' }),
      });
      await expectScreenshot(page, `kiosk-enroll-${viewport.name}`, []);
    }
    await page.setViewportSize(LANDSCAPE);

    await openEnrolledKiosk(rig, server.boothCodes[0]!);
    await checkKiosk('attract', (p) => p.getByRole('button', { name: 'Sentuh untuk mulai' }));
    await page.getByRole('button', { name: 'Sentuh untuk mulai' }).click();
    await heading(page, 'Masukkan NIK dan nomor KPJ').waitFor();
    await page.getByLabel('NIK (16 angka di e-KTP)').pressSequentially('31730545');
    await page.getByLabel('Nomor KPJ (di kartu peserta)').click();
    await page.getByText('NIK harus 16 angka. Anda mengisi 8 angka.').waitFor();
    await checkKiosk('check-in', (p) => p.getByRole('button', { name: 'Lanjut' }));
    await page.getByLabel('NIK (16 angka di e-KTP)').fill('');
    await checkInWithNikKpj(page, SITI.nik, SITI.kpj);
    await page.getByRole('button', { name: 'Tidak setuju' }).click();
    await heading(page, 'Silakan ke loket layanan').waitFor();
    await checkKiosk('refused', (p) => p.getByRole('button', { name: 'Kembali ke awal' }));
    await page.getByRole('button', { name: 'Kembali ke awal' }).click();

    await page.getByRole('button', { name: 'Sentuh untuk mulai' }).click();
    await checkInWithNikKpj(page, SITI.nik, SITI.kpj);
    await heading(page, 'Persetujuan sebelum layanan video').waitFor();
    await checkKiosk('consent', (p) => p.getByRole('button', { name: 'Ya, saya setuju' }));
    await page.getByRole('button', { name: 'Ya, saya setuju' }).click();
    await page.getByLabel('Jaminan Hari Tua (JHT)').check();
    await page.getByLabel('Berhenti bekerja atas kemauan sendiri').check();
    await checkKiosk('claim', (p) => p.getByRole('button', { name: 'Lanjut' }));
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await heading(page, 'Dokumen yang perlu Anda siapkan').waitFor();
    await checkKiosk('documents', (p) => p.getByRole('button', { name: 'Saya sudah siap' }));
    await page.getByRole('button', { name: 'Saya sudah siap' }).click();
    await photograph(page, 'e-KTP asli');
    await checkKiosk('waiting', (p) => p.locator('.queue-status'));
    await page.getByRole('button', { name: 'Foto: Kartu Keluarga (KK) asli' }).click();
    await page.waitForFunction(
      () => (document.querySelector('.capture video') as HTMLVideoElement | null)?.videoWidth,
    );
    await checkKiosk('capture', (p) => p.getByRole('button', { name: 'Ambil foto' }), ['.frame-guide']);
    await page.getByRole('button', { name: 'Batal' }).click();

    // Two more booths, then the CSO opens a desk and all three are seated.
    for (const [i, p] of [
      { nik: '3201011708850001', kpj: '23456789012' },
      { nik: '3273012505880002', kpj: '34567890123' },
    ].entries()) {
      const booth = await openBoothPage(browser, fixture, server.url, server.boothCodes[i + 1]!);
      await booth.call('join', p);
    }
    const cso = await openOfficerPage(browser, server.url);
    await cso.setViewportSize(LANDSCAPE);
    await signIn(cso, 'cso1', 'cso1-demo-pass');
    await openDesk(cso, 4);
    await heading(page, 'Petugas Anda: Rina Kartika').waitFor();
    await checkKiosk('seated', (p) => p.locator('.queue-status'));
    // Loopback is a good link: measured loss and RTT, not a score of a layer never sent.
    await expect.poll(() => cso.locator('[data-quality="good"]').count(), { timeout: 20_000 }).toBe(3);
    await checkDesk(cso, 'grid', {});

    await cso.locator('.grid > li[data-shortcut="1"]').click();
    await heading(page, 'Anda sedang dilayani petugas').waitFor();
    await checkKiosk('call', (p) => p.locator('.self-view'));
    await cso.keyboard.press('2');
    await heading(page, 'Mohon tunggu sebentar').waitFor();
    await checkKiosk('on-hold', (p) => p.locator('.queue-status'));
    await cso.keyboard.press('1');
    await heading(page, 'Anda sedang dilayani petugas').waitFor();

    await cso.getByLabel(text['decision.pending']).check();
    const ektp = cso.locator('.missing-picker').getByLabel(/e-KTP asli/);
    expect(await ektp.isChecked()).toBe(false);
    await ektp.check();
    await checkDesk(cso, 'pending', {
      stage: cso.locator('.stage-camera'),
      decide: cso.getByRole('button', { name: text['decision.submit'] }),
    });
    await cso.getByRole('button', { name: text['decision.submit'] }).click();
    await cso
      .getByRole('dialog')
      .getByRole('button', { name: text['decision.confirm'].replace('{decision}', text['decision.pending']) })
      .click();
    await heading(page, 'Dokumen klaim Anda belum lengkap').waitFor();
    await page.locator('.missing li[data-document="ektp"] svg[data-pictogram="ektp"]').waitFor();
    await page.getByText(/Mohon datang lagi paling lambat \d+ \w+ \d{4}\./).waitFor();
    // No receipt printer in the browser build: no print button.
    expect(await page.getByRole('button', { name: 'Cetak slip' }).count()).toBe(0);
    await checkKiosk('outcome-pending', (p) => p.getByRole('button', { name: 'Selesai' }), [
      '.reference-qr',
      '.reference-value',
      '.bring-by-date',
    ]);
    expect(rig.problems).toEqual([]);
  });
});
