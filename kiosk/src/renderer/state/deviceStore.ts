// The booth's enrollment, kept in localStorage: the only thing the privacy wipe leaves behind.

import type { EnrollResponse } from '@bilik/shared';

const KEY = 'bilik.booth';

export type DeviceRecord = EnrollResponse;

export function loadDevice(storage: Storage = localStorage): DeviceRecord | null {
  try {
    const raw: unknown = JSON.parse(storage.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const r = raw as Record<string, unknown>;
    return typeof r.deviceToken === 'string' &&
      typeof r.boothId === 'string' &&
      typeof r.boothName === 'string'
      ? { deviceToken: r.deviceToken, boothId: r.boothId, boothName: r.boothName }
      : null;
  } catch {
    return null;
  }
}

export function saveDevice(device: DeviceRecord, storage: Storage = localStorage): void {
  storage.setItem(KEY, JSON.stringify(device));
}

export function forgetDevice(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
}
