import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  OfficerEvents,
  OfficerPush,
  PresenceEvents,
  type DeskView,
  type HelpCalledPush,
} from '@bilik/shared';
import { boothKey } from '../sfu-server/src/desks/deskRoom.js';
import { CsoClient } from './support/kioskCso.js';
import {
  SITI,
  boothIdOf,
  bytesFromBooth,
  checkInWithNikKpj,
  heading,
  openSessionOf,
  photograph,
} from './support/kioskJourney.js';
import {
  expectAccessible,
  isCspProblem,
  liveLocalTracks,
  openEnrolledKiosk,
  startKioskRig,
  type KioskRig,
} from './support/kioskRig.js';

// The participant's whole journey in the built kiosk renderer, in Debian's Chromium with a fake
// camera and microphone, against a real branch server (SQLite, mediasoup). The CSO is driven
// with socket.io events; what is asserted is what the participant sees and what the branch
// stored. Check-in variants, refusal, keyboard-only use and the idle timeout: kiosk-entry.e2e.ts.

const JSQR_SOURCE = readFileSync(resolve(import.meta.dirname, '../node_modules/jsqr/dist/jsQR.js'), 'utf8');

let rig: KioskRig | undefined;
let cso: CsoClient | undefined;
afterEach(async () => {
  cso?.close();
  cso = undefined;
  await rig?.close();
  rig = undefined;
});

describe('kiosk journey (built renderer, real branch server)', () => {
  it('checks in by NIK + KPJ, captures documents, is served by the CSO, gets the outcome and wipes', async () => {
    rig = await startKioskRig();
    const { page, server } = rig;
    await openEnrolledKiosk(rig, server.boothCodes[0]!);
    await expectAccessible(page, 'attract');
    const boothId = await boothIdOf(page);

    // A display preference is visit data: kept in sessionStorage, gone after the wipe.
    await page.getByRole('button', { name: 'Huruf besar' }).click();
    expect(await page.evaluate(() => document.documentElement.className)).toContain('large-text');
    expect(await page.evaluate(() => sessionStorage.getItem('bilik.visit'))).toContain('"largeText":true');

    await page.getByRole('button', { name: 'Sentuh untuk mulai' }).click();
    await heading(page, 'Masukkan NIK dan nomor KPJ').waitFor();
    const nik = page.getByLabel('NIK (16 angka di e-KTP)');
    await nik.pressSequentially('31730545');
    const nikMessage = page.getByText('NIK harus 16 angka. Anda mengisi 8 angka.');
    // Nothing is wrong while the participant is still typing; leaving the field explains it.
    expect(await nikMessage.count()).toBe(0);
    await page.getByLabel('Nomor KPJ (di kartu peserta)').click();
    await nikMessage.waitFor();
    expect(await nik.getAttribute('aria-invalid')).toBe('true');
    expect(await nik.getAttribute('aria-describedby')).toBe(await nikMessage.getAttribute('id'));
    await expectAccessible(page, 'check-in (with a validation message)');

    // The on-screen keypad types into the field being filled, at its caret; a full NIK stops
    // taking digits and hands over to the KPJ field; "Hapus" deletes before the caret.
    const kpj = page.getByLabel('Nomor KPJ (di kartu peserta)');
    const keypad = page.getByRole('group', { name: 'Tombol angka' });
    await nik.fill('');
    await nik.click();
    for (const digit of `${SITI.nik}12`)
      await keypad.getByRole('button', { name: digit, exact: true }).click();
    expect(await nik.inputValue()).toBe(SITI.nik);
    expect(await kpj.inputValue()).toBe('12');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-kpj');
    await nik.evaluate((el: HTMLInputElement) => {
      el.focus();
      el.setSelectionRange(2, 2);
    });
    await keypad.getByRole('button', { name: 'Hapus' }).click();
    expect(await nik.inputValue()).toBe(SITI.nik.slice(0, 1) + SITI.nik.slice(2));
    await checkInWithNikKpj(page, SITI.nik, SITI.kpj);

    await heading(page, 'Persetujuan sebelum layanan video').waitFor();
    await page.getByText(`Selamat datang, ${SITI.name}.`).waitFor();
    await page.getByText('Video dan suara tidak direkam', { exact: false }).waitFor();
    await page.getByText('selama 5 tahun', { exact: false }).waitFor();
    await page.getByText('BPJS Ketenagakerjaan, melalui kantor cabang ini.').waitFor();
    await page.getByText('Pasal 20', { exact: false }).waitFor();
    await expectAccessible(page, 'consent');
    await page.getByRole('button', { name: 'Kontras tinggi' }).click();
    await expectAccessible(page, 'consent (high contrast)');
    await page.getByRole('button', { name: 'Kontras tinggi' }).click();
    await page.getByRole('button', { name: 'Ya, saya setuju' }).click();

    await heading(page, 'Apa yang ingin Anda klaim?').waitFor();
    await page.getByLabel('Jaminan Hari Tua (JHT)').check();
    await page.getByLabel('Berhenti bekerja atas kemauan sendiri').check();
    await expectAccessible(page, 'claim');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await heading(page, 'Dokumen yang perlu Anda siapkan').waitFor();
    const required = page.getByRole('region', { name: 'Dokumen wajib' });
    for (const doc of [
      'e-KTP asli',
      'Kartu Keluarga (KK) asli',
      'Formulir F5 (pengajuan JHT) yang sudah diisi',
    ])
      await required.getByText(doc).waitFor();
    // Siti's balance is below Rp50 million in the branch data: no NPWP, as on the CSO's checklist.
    expect(await page.getByText('Kartu NPWP').count()).toBe(0);
    await expectAccessible(page, 'documents');
    await page.getByRole('button', { name: 'Saya sudah siap' }).click();

    await heading(page, 'Menunggu petugas').waitFor();
    await page.getByText('Nomor antrean Anda: 1').waitFor();
    // No desk is open, so the server has no estimate, and the screen promises none.
    expect(await page.getByText(/Perkiraan waktu tunggu/).count()).toBe(0);
    await page.locator('footer [role="status"]').getByText('Nomor antrean Anda sekarang 1.').waitFor();
    await expectAccessible(page, 'waiting');

    await page.getByRole('button', { name: 'Foto: e-KTP asli' }).click();
    await page.waitForFunction(
      () => (document.querySelector('.capture video') as HTMLVideoElement | null)?.videoWidth,
    );
    await expectAccessible(page, 'document capture');
    await page.getByRole('button', { name: 'Batal' }).click();
    await photograph(page, 'e-KTP asli');
    await photograph(page, 'Kartu peserta BPJS Ketenagakerjaan (KPJ) asli', true);
    for (const kind of ['ektp', 'kpjCard']) {
      const row = page.locator(`li[data-document="${kind}"]`);
      await row.getByText('Sudah difoto').waitFor();
      expect(await row.locator('img').getAttribute('src')).toMatch(/^blob:/);
    }

    // A renderer reload (crash recovery) lands on the same step: the server pushes the session
    // on connect; the visit's preferences come back from sessionStorage; photos do not.
    await page.reload();
    await heading(page, 'Menunggu petugas').waitFor();
    await page.locator('li[data-document="kpjCard"]').getByText('Sudah difoto').waitFor();
    expect(await page.locator('li[data-document] img').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.className)).toContain('large-text');
    await photograph(page, 'Kartu Keluarga (KK) asli');
    const photoUrls = [(await page.locator('li[data-document="familyCard"] img').getAttribute('src'))!];
    expect(photoUrls[0]).toMatch(/^blob:/);

    const session = openSessionOf(rig, boothId);
    const captures = server.branch.db
      .prepare(
        'SELECT document_kind, sha256, bytes, file_name, captured_by, mime_type FROM captures WHERE session_id = ? ORDER BY created_at',
      )
      .all(session.id) as {
      document_kind: string;
      sha256: string;
      bytes: number;
      file_name: string;
      captured_by: string;
      mime_type: string;
    }[];
    expect(captures.map((c) => c.document_kind)).toEqual(['ektp', 'kpjCard', 'familyCard']);
    for (const c of captures) {
      const plain = server.branch.captures.read(c.file_name);
      expect(c.captured_by).toBe(`booth:${boothId}`);
      expect(c.mime_type).toBe('image/jpeg');
      expect([...plain.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
      expect(plain.length).toBe(c.bytes);
      expect(createHash('sha256').update(plain).digest('hex')).toBe(c.sha256);
    }

    // The CSO opens a desk: the queued booth is seated and starts sending camera and microphone.
    cso = await CsoClient.login(server.url, 'cso1', 'cso1-demo-pass');
    const { desk } = await cso.call<{ desk: DeskView }>(OfficerEvents.openDesk, { slots: 4 });
    expect(desk.slots.map((s) => s.session?.sessionId)).toContain(session.id);
    await heading(page, 'Petugas Anda: Rina Kartika').waitFor();
    await page
      .getByText('Petugas Rina Kartika (nomor petugas CSO-0101) akan segera menyapa Anda di layar ini.')
      .waitFor();
    await expect
      .poll(() => bytesFromBooth(rig!, desk.deskId, session.id, 'camera'), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(() => bytesFromBooth(rig!, desk.deskId, session.id, 'mic'), { timeout: 15_000 })
      .toBeGreaterThan(0);

    // "Panggil petugas" reaches the CSO's desk.
    const helpCalled = new Promise<HelpCalledPush>((resolve) =>
      cso!.socket.once(OfficerPush.helpCalled, resolve),
    );
    await page.getByRole('button', { name: 'Panggil petugas' }).click();
    await page.getByText('Petugas sudah dipanggil. Mohon tunggu sebentar.').first().waitFor();
    const call = await helpCalled;
    expect(call).toMatchObject({ sessionId: session.id, boothName: 'Bilik 1' });
    await cso.call(PresenceEvents.acknowledgeHelp, { helpCallId: call.helpCallId });

    await cso.call(OfficerEvents.focus, { sessionId: session.id });
    await heading(page, 'Anda sedang dilayani petugas').waitFor();
    await page.getByText('Petugas: Rina Kartika').waitFor();
    await page.getByText('Nomor petugas: CSO-0101').waitFor();
    await page.waitForFunction(
      () => (document.querySelector('.self-view video') as HTMLVideoElement | null)?.videoWidth,
    );
    await expectAccessible(page, 'call');

    await cso.call(OfficerEvents.request, {
      sessionId: session.id,
      kind: 'showDocument',
      documentKind: 'ektp',
    });
    await page.getByText('Tunjukkan e-KTP asli ke kamera dokumen.').waitFor();
    await expect
      .poll(() => bytesFromBooth(rig!, desk.deskId, session.id, 'document'), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await expectAccessible(page, 'call with a CSO request');
    await page.getByRole('button', { name: 'Sudah' }).click();
    await page.getByText('Tunjukkan e-KTP asli ke kamera dokumen.').waitFor({ state: 'detached' });
    await expect
      .poll(() => bytesFromBooth(rig!, desk.deskId, session.id, 'document'), { timeout: 10_000 })
      .toBe(0);

    // One to Many: the CSO turns to another booth; this one is told so and may keep capturing.
    await cso.call(OfficerEvents.focus, { sessionId: null });
    await heading(page, 'Mohon tunggu sebentar').waitFor();
    await page
      .getByText('Petugas Rina Kartika sedang melayani peserta lain dan akan kembali kepada Anda.')
      .waitFor();
    await page.getByRole('button', { name: 'Foto ulang: e-KTP asli' }).waitFor();
    await expectAccessible(page, 'on hold');
    await cso.call(OfficerEvents.focus, { sessionId: session.id });
    await heading(page, 'Anda sedang dilayani petugas').waitFor();

    // Siti's membership data passes every check (resigned two months ago, balance below Rp50 million).
    const outcome = await cso.approveVerified(
      desk.slots.find((slot) => slot.session?.sessionId === session.id)!.session!,
    );
    await heading(page, 'Klaim Anda disetujui').waitFor();
    await page.getByText(outcome.reference, { exact: true }).waitFor();
    // The QR code on screen carries the same reference: drawn to a canvas and read back by jsQR.
    await page.evaluate(JSQR_SOURCE);
    const fromQr = await page.evaluate(async () => {
      const svg = document.querySelector('svg.reference-qr');
      if (!svg) return null;
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 400;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, 400, 400);
      const pixels = context.getImageData(0, 0, 400, 400);
      type JsQr = (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
      return (window as unknown as { jsQR: JsQr }).jsQR(pixels.data, 400, 400)?.data ?? null;
    });
    expect(fromQr).toBe(outcome.reference);
    const decision = server.branch.db
      .prepare('SELECT decision, officer_id FROM decisions WHERE session_id = ?')
      .get(session.id) as { decision: string; officer_id: string };
    expect(decision.decision).toBe('approved');
    await expectAccessible(page, 'outcome');

    expect(await liveLocalTracks(page)).not.toEqual([]);
    await page.getByRole('button', { name: 'Selesai' }).click();
    await heading(page, 'Selamat datang di layanan BPJS Ketenagakerjaan').waitFor();
    // Privacy wipe: no photo, video or setting of this participant is left in the page.
    expect(await page.locator('img, video, audio').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['bilik.booth']);
    expect(await page.evaluate(() => document.documentElement.className)).not.toContain('large-text');
    await expect.poll(() => liveLocalTracks(page)).toEqual([]);
    expect(server.branch.store.sessions.get(session.id)?.closed_at).not.toBeNull();
    expect(server.branch.desks.get(desk.deskId)?.hasPeer(boothKey(session.id))).toBe(false);
    expect(rig.problems.filter(isCspProblem)).toEqual([]);
    expect(rig.problems).toEqual([]);
    // The photos' object URLs are revoked, so their bytes can be freed: they no longer load.
    // (An <img> probe, as the CSP rightly forbids fetch() of blob: URLs; its failed loads are
    // logged by the browser, hence after the check for problems.)
    const loadable = await page.evaluate(
      (urls) =>
        Promise.all(
          urls.map(
            (url) =>
              new Promise<boolean>((resolve) => {
                const probe = new Image();
                probe.onload = () => resolve(true);
                probe.onerror = () => resolve(false);
                probe.src = url;
              }),
          ),
        ),
      photoUrls,
    );
    expect(loadable).toEqual([false]);
  });
});
