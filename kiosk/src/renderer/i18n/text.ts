// One lookup for every text on the kiosk: its own screen texts first, then the shared domain
// dictionary (claims, documents, NIK/KPJ messages, error codes). Errors from the branch server
// become translated sentences here, never the server's English message.

import { RequestError } from '@bilik/shared/client';
import { interpolate, isMessageKey, t, type Lang, type MessageKey, type MessageParams } from '@bilik/shared';
import { kioskEn } from './kioskMessages.en.js';
import { kioskId, type KioskMessageKey } from './kioskMessages.id.js';

export type TextKey = KioskMessageKey | MessageKey;
export type Translate = (key: TextKey, params?: MessageParams) => string;

const KIOSK: Record<Lang, Record<KioskMessageKey, string>> = { id: kioskId, en: kioskEn };
function isKioskKey(key: string): key is KioskMessageKey {
  return Object.hasOwn(kioskId, key);
}

/** Kiosk screen texts first, then the shared domain dictionary; same placeholder rules. */
export function tx(lang: Lang, key: TextKey, params?: MessageParams): string {
  return isKioskKey(key) ? interpolate(lang, KIOSK[lang][key], params) : t(lang, key, params);
}

/** Labels built from data (claim types, reasons, documents); unknown ones are shown as given. */
function dynamicLabel(lang: Lang, key: string, fallback: string): string {
  return isMessageKey(key) ? t(lang, key) : fallback;
}

export function claimLabel(lang: Lang, claimType: string): string {
  return dynamicLabel(lang, `claim.${claimType}`, claimType);
}

export function reasonLabel(lang: Lang, claimType: string, reason: string): string {
  return dynamicLabel(lang, `reason.${claimType}.${reason}`, reason);
}

/** A document kind's label, or the text as given when the CSO named something the kiosk does not know. */
export function documentLabel(lang: Lang, kind: string): string {
  return dynamicLabel(lang, `doc.${kind}`, kind);
}

/**
 * What to tell the participant about a failed request. A BAD_REQUEST whose message is a NIK/KPJ
 * code (the server re-validates identifiers) gets that code's own message; `overrides` lets a
 * screen say something more specific for a code (e.g. an unknown booking code).
 */
export function errorText(
  lang: Lang,
  err: unknown,
  options: { params?: MessageParams; overrides?: Partial<Record<string, TextKey>> } = {},
): string {
  const code = err instanceof RequestError ? err.code : 'INTERNAL';
  const override = options.overrides?.[code];
  if (override) return tx(lang, override, options.params);
  if (err instanceof RequestError && code === 'BAD_REQUEST' && /^(nik|kpj)\./.test(err.message)) {
    if (isMessageKey(err.message)) return t(lang, err.message, options.params);
  }
  const key = `error.${code}`;
  return t(lang, isMessageKey(key) ? key : 'error.INTERNAL');
}
