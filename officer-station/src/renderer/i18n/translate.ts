// The station's own words (ui) next to the shared domain texts (t): claim, reason and document
// labels, pre-check messages and error codes come from @bilik/shared so the booth and the desk
// always say the same thing; only desk-specific wording lives in this folder.

import { interpolate, isMessageKey, LOCALES, t, type Lang, type MessageParams } from '@bilik/shared';
import { RequestError } from '@bilik/shared/client';
import { LoginError } from '../auth/officerSession.js';
import { uiEn } from './ui.en.js';
import { uiId, type UiKey } from './ui.id.js';

export type { UiKey } from './ui.id.js';

const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<UiKey, string>>>> = { id: uiId, en: uiEn };
/** `{name}` placeholders as in shared t(); a missing value stays visible rather than silently blank. */
export function ui(lang: Lang, key: UiKey, params?: MessageParams): string {
  return interpolate(lang, DICTIONARIES[lang][key], params);
}

/** A failure the station itself detects (no frame from a camera, …), worded by a ui key. */
export class UiError extends Error {
  constructor(readonly key: UiKey) {
    super(key);
  }
}

/** What a person reads when something failed: never a stack trace or server text. */
export function errorText(lang: Lang, err: unknown): string {
  if (err instanceof UiError) return ui(lang, err.key);
  if (err instanceof LoginError && err.code === 'NETWORK') return ui(lang, 'error.network');
  if (err instanceof RequestError || err instanceof LoginError) {
    const key = `error.${err.code}`;
    if (isMessageKey(key)) return t(lang, key);
  }
  return ui(lang, 'error.unexpected');
}

/** A domain label (`claim.JHT`, `doc.ektp`, …), or the raw value when no label exists for it. */
export function domainLabel(lang: Lang, key: string, fallback: string): string {
  return isMessageKey(key) ? t(lang, key) : fallback;
}

export const claimLabel = (lang: Lang, claimType: string) =>
  domainLabel(lang, `claim.${claimType}`, claimType);
export const reasonLabel = (lang: Lang, claimType: string, reason: string) =>
  domainLabel(lang, `reason.${claimType}.${reason}`, reason);
export const documentLabel = (lang: Lang, kind: string) => domainLabel(lang, `doc.${kind}`, kind);

export function formatDate(lang: Lang, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
