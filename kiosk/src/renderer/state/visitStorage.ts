// The visit's own small state in sessionStorage, so a renderer crash-reload keeps the
// participant's language and place. Nothing identifying is stored: the server holds the visit.
// The privacy wipe clears all of sessionStorage.

import { LANGS } from '@bilik/shared';
import type { Prefs, VisitSnapshot } from './journey.js';

const KEY = 'bilik.visit';

export function loadVisit(storage: Storage = sessionStorage): VisitSnapshot | null {
  try {
    const raw: unknown = JSON.parse(storage.getItem(KEY) ?? 'null');
    return isVisitSnapshot(raw) ? raw : null;
  } catch {
    return null;
  }
}

export function saveVisit(visit: VisitSnapshot, storage: Storage = sessionStorage): void {
  storage.setItem(KEY, JSON.stringify(visit));
}

function isVisitSnapshot(value: unknown): value is VisitSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const prefs = v.prefs as Record<string, unknown> | undefined;
  return (
    typeof prefs === 'object' &&
    prefs !== null &&
    (LANGS as readonly unknown[]).includes(prefs.lang) &&
    typeof prefs.largeText === 'boolean' &&
    typeof prefs.highContrast === 'boolean' &&
    typeof prefs.speech === 'boolean' &&
    (v.sessionId === null || typeof v.sessionId === 'string') &&
    typeof v.consentGiven === 'boolean' &&
    typeof v.documentsSeen === 'boolean'
  );
}

/** Saves what is worth keeping, and removes the entry when the visit holds nothing yet. */
export function persistVisit(visit: VisitSnapshot, defaults: Prefs, storage: Storage = sessionStorage): void {
  const prefsChanged = (Object.keys(defaults) as (keyof Prefs)[]).some((k) => visit.prefs[k] !== defaults[k]);
  if (prefsChanged || visit.sessionId !== null) saveVisit(visit, storage);
  else storage.removeItem(KEY);
}
