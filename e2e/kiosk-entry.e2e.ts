import { afterEach, describe, expect, it } from 'vitest';
import {
  AGUS_BOOKING,
  SITI,
  boothIdOf,
  checkInWithNikKpj,
  heading,
  openSessionOf,
} from './support/kioskJourney.js';
import {
  expectAccessible,
  injectScan,
  liveLocalTracks,
  openEnrolledKiosk,
  spokenPrompts,
  startKioskRig,
  type KioskRig,
} from './support/kioskRig.js';

// How a visit starts and ends other than the happy path, in the built kiosk renderer against a
// real branch server: booking-code scans, enrollment and a refused token, refused consent,
// keyboard-only use, spoken prompts and the idle timeout. Each test has its own server and browser.

let rig: KioskRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('kiosk check-in, consent, accessibility and idle (built renderer, real branch server)', () => {
  it('checks in with a booking code from the scanner, on the attract screen, and explains an unknown code', async () => {
    rig = await startKioskRig();
    const { page, server } = rig;
    await openEnrolledKiosk(rig, server.boothCodes[1]!);
    const boothId = await boothIdOf(page);

    await page.getByRole('button', { name: 'Sentuh untuk mulai' }).click();
    await heading(page, 'Masukkan NIK dan nomor KPJ').waitFor();
    await injectScan(page, 'BLK-2026-999999');
    await page
      .getByText(
        'Kode booking tidak ditemukan atau sudah dipakai. Masukkan NIK dan KPJ, atau panggil petugas.',
      )
      .waitFor();
    await expectAccessible(page, 'check-in (unknown booking code)');
    await page.getByRole('button', { name: 'Kembali' }).click();

    await heading(page, 'Selamat datang di layanan BPJS Ketenagakerjaan').waitFor();
    await injectScan(page, AGUS_BOOKING);
    await heading(page, 'Persetujuan sebelum layanan video').waitFor();
    await page.getByText('Selamat datang, Agus Pratama.').waitFor();
    const session = openSessionOf(rig, boothId);
    expect(session.booking_code).toBe(AGUS_BOOKING);
    expect(session.participant_name).toBe('Agus Pratama');
    const booking = server.branch.db
      .prepare('SELECT used_at FROM bookings WHERE code = ?')
      .get(AGUS_BOOKING) as {
      used_at: string | null;
    };
    expect(booking.used_at).not.toBeNull();

    // Key steps are spoken, in the participant's language.
    await expect
      .poll(async () => (await spokenPrompts(page)).at(-1))
      .toMatchObject({ lang: 'id-ID', text: expect.stringContaining('Video dan suara tidak direkam') });

    // English on request: the same screen, translated and spoken again; <html lang> follows.
    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'Your agreement before the video service').waitFor();
    await page.getByText('Welcome, Agus Pratama.').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect
      .poll(async () => (await spokenPrompts(page)).at(-1))
      .toMatchObject({ lang: 'en-US', text: expect.stringContaining('Video and sound are not recorded') });

    // With spoken guidance off, nothing more is said.
    await page.getByRole('button', { name: 'Spoken guidance' }).click();
    const said = (await spokenPrompts(page)).length;
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await heading(page, 'Persetujuan sebelum layanan video').waitFor();
    expect((await spokenPrompts(page)).length).toBe(said);
    expect(rig.problems).toEqual([]);
  });

  it('re-enrolls after the server refuses the token, and offers the service counter when consent is refused', async () => {
    rig = await startKioskRig();
    const { page, server } = rig;
    await page.goto(`${server.url}/kiosk/`);
    await heading(page, 'Pendaftaran bilik').waitFor();
    await expectAccessible(page, 'enrollment');

    // A revoked or foreign token: the server refuses the socket, the booth asks for a new code.
    await page.evaluate(() =>
      localStorage.setItem(
        'bilik.booth',
        JSON.stringify({ deviceToken: 'not-a-token-of-this-branch', boothId: 'x', boothName: 'x' }),
      ),
    );
    await page.reload();
    await page
      .getByText(
        'Server cabang menolak bilik ini; pendaftarannya mungkin sudah dicabut. Masukkan kode pendaftaran baru.',
      )
      .waitFor();
    await page.getByLabel('Kode pendaftaran').fill(server.boothCodes[2]!);
    await page.getByRole('button', { name: 'Daftarkan bilik' }).click();
    await heading(page, 'Selamat datang di layanan BPJS Ketenagakerjaan').waitFor();
    const boothId = await boothIdOf(page);

    await page.getByRole('button', { name: 'Sentuh untuk mulai' }).click();
    await checkInWithNikKpj(page, SITI.nik, SITI.kpj);
    await page.getByRole('button', { name: 'Tidak setuju' }).click();
    await heading(page, 'Silakan ke loket layanan').waitFor();
    await page.getByText('loket layanan (customer service)', { exact: false }).waitFor();
    await page.getByText('Bawa dokumen asli Anda', { exact: false }).waitFor();
    await expectAccessible(page, 'consent refused');

    const refused = server.branch.db
      .prepare(
        'SELECT s.closed_at, s.consent_at FROM sessions s WHERE s.booth_id = ? ORDER BY created_at DESC',
      )
      .get(boothId) as { closed_at: string | null; consent_at: string | null };
    expect(refused.closed_at).not.toBeNull();
    expect(refused.consent_at).toBeNull();
    expect(
      server.branch.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'consent.refused'").get(),
    ).toEqual({
      n: 1,
    });
    await page.getByRole('button', { name: 'Kembali ke awal' }).click();
    await heading(page, 'Selamat datang di layanan BPJS Ketenagakerjaan').waitFor();
    expect(await liveLocalTracks(page)).toEqual([]);
    expect(rig.problems).toEqual([]);
  });

  it('is operable with the keyboard alone, from the attract screen to the chosen claim', async () => {
    rig = await startKioskRig();
    const { page, server } = rig;
    await openEnrolledKiosk(rig, server.boothCodes[3]!);
    const boothId = await boothIdOf(page);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
          tag: el.tagName,
          id: el.id,
          outline: style.outlineStyle,
        };
      });
    const tab = async () => page.keyboard.press('Tab');

    // Each screen puts focus on its heading; the next Tab is the screen's first control.
    await tab();
    expect(await focused()).toMatchObject({ text: 'Sentuh untuk mulai', outline: 'solid' });
    await page.keyboard.press('Enter');
    await heading(page, 'Masukkan NIK dan nomor KPJ').waitFor();
    await tab();
    expect((await focused()).id).toBe('field-nik');
    await page.keyboard.type(SITI.nik);
    await tab();
    expect((await focused()).id).toBe('field-kpj');
    await page.keyboard.type(SITI.kpj);
    await tab();
    expect(await focused()).toMatchObject({ text: 'Lanjut', outline: 'solid' });
    await page.keyboard.press('Enter');

    await heading(page, 'Persetujuan sebelum layanan video').waitFor();
    // The consent text is longer than the screen: Tab first reaches it, so it can be scrolled
    // with the arrow keys and read whole, then the answer.
    await tab();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('screen-body');
    await page.keyboard.press('End');
    await tab();
    expect((await focused()).text).toBe('Ya, saya setuju');
    await page.keyboard.press('Enter');

    await heading(page, 'Apa yang ingin Anda klaim?').waitFor();
    await tab();
    await page.keyboard.press('Space');
    await page.getByLabel('Berhenti bekerja atas kemauan sendiri').waitFor();
    await tab();
    await page.keyboard.press('Space');
    await tab();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tab();
    expect((await focused()).text).toBe('Lanjut');
    await page.keyboard.press('Enter');

    await heading(page, 'Dokumen yang perlu Anda siapkan').waitFor();
    const session = openSessionOf(rig, boothId);
    expect(session.priority_need).toBe('elderly');
    expect(server.branch.store.cases.claim(session.id)).toMatchObject({
      claim_type: 'JHT',
      reason: 'resignation',
    });
    expect(rig.problems).toEqual([]);
  });

  it('warns before the idle timeout, lets the participant stay, then ends and wipes the visit', async () => {
    rig = await startKioskRig();
    const { page, server } = rig;
    // 16 s: the 15 s warning starts one second after the last touch.
    await openEnrolledKiosk(rig, server.boothCodes[4]!, '&idle=16');
    const boothId = await boothIdOf(page);
    await page.getByRole('button', { name: 'Sentuh untuk mulai' }).click();
    const warning = page.getByRole('alertdialog', { name: 'Masih di sana?' });
    await warning.waitFor();
    await warning.getByText(/layar ini akan dihapus dalam 1[0-5] detik/).waitFor();
    await expectAccessible(page, 'idle warning');
    await page.getByRole('button', { name: 'Ya, lanjutkan' }).click();
    await warning.waitFor({ state: 'detached' });

    await injectScan(page, AGUS_BOOKING);
    await heading(page, 'Persetujuan sebelum layanan video').waitFor();
    const session = openSessionOf(rig, boothId);
    await warning.waitFor();
    await heading(page, 'Selamat datang di layanan BPJS Ketenagakerjaan').waitFor({ timeout: 20_000 });
    expect(server.branch.store.sessions.get(session.id)?.closed_at).not.toBeNull();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(rig.problems).toEqual([]);
  });
});
