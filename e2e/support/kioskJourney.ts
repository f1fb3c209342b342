import type { Page } from 'playwright-core';
import type { MediaSource } from '@bilik/shared';
import { boothKey } from '../../sfu-server/src/desks/deskRoom.js';
import type { KioskRig } from './kioskRig.js';

// Steps and look-ups shared by the kiosk e2e files. Texts are the Indonesian default: the tests
// find things the way a participant does, by what the screen says.

export const SITI = { nik: '3173054512900003', kpj: '12345678901', name: 'Siti Aminah' };
export const AGUS_BOOKING = 'BLK-2026-000124';

export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 1 });

export async function boothIdOf(page: Page): Promise<string> {
  return page.evaluate(
    () => (JSON.parse(localStorage.getItem('bilik.booth') ?? '{}') as { boothId: string }).boothId,
  );
}

export function openSessionOf(r: KioskRig, boothId: string) {
  const s = r.server.branch.store.sessions.openForBooth(boothId);
  if (!s) throw new Error('no open session for the booth');
  return s;
}

/** Bytes the SFU has received from one of the booth's producers (0 if it does not exist). */
export async function bytesFromBooth(
  r: KioskRig,
  deskId: string,
  sessionId: string,
  source: MediaSource,
): Promise<number> {
  const producer = r.server.branch.desks.get(deskId)?.producerOf(boothKey(sessionId), source);
  if (!producer || producer.closed) return 0;
  const stats = await producer.getStats();
  return stats.reduce((sum, s) => sum + ('byteCount' in s ? s.byteCount : 0), 0);
}

export async function checkInWithNikKpj(page: Page, nik: string, kpj: string): Promise<void> {
  await page.getByLabel('NIK (16 angka di e-KTP)').fill(nik);
  await page.getByLabel('Nomor KPJ (di kartu peserta)').fill(kpj);
  await page.getByRole('button', { name: 'Lanjut' }).click();
}

export async function photograph(page: Page, label: string, retakeFirst = false): Promise<void> {
  await page.getByRole('button', { name: `Foto: ${label}` }).click();
  await page.getByRole('heading', { name: `Foto: ${label}`, level: 2 }).waitFor();
  // The camera must deliver frames before a still can be taken.
  await page.waitForFunction(
    () => (document.querySelector('.capture video') as HTMLVideoElement | null)?.videoWidth,
  );
  await page.getByRole('button', { name: 'Ambil foto' }).click();
  await page.getByRole('img', { name: `Foto ${label} yang baru diambil` }).waitFor();
  if (retakeFirst) {
    await page.getByRole('button', { name: 'Ulangi' }).click();
    await page.getByRole('button', { name: 'Ambil foto' }).click();
  }
  await page.getByRole('button', { name: 'Simpan foto ini' }).click();
  await page.getByRole('heading', { name: 'Sambil menunggu: foto dokumen Anda' }).waitFor();
}
