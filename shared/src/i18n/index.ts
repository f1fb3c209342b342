// Translation entry point. Participants choose a language at the booth; Bahasa Indonesia is the
// default. Messages are looked up by typed key, so a misspelt key is a compile error.

import { en } from './messages.en.js';
import { id, type MessageKey } from './messages.id.js';

export type { MessageKey } from './messages.id.js';

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'id';

export type MessageParams = Record<string, string | number>;

export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { id, en };

/** BCP 47 tags for Intl formatting and speech. */
export const LOCALES: Readonly<Record<Lang, string>> = { id: 'id-ID', en: 'en-US' };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(id, key);
}

// `{name}` is replaced by params.name; numbers are grouped the local way (Rp2.500.000 in
// Indonesian). A placeholder without a value stays visible so the gap is noticed, not hidden.
export function interpolate(lang: Lang, text: string, params?: MessageParams): string {
  if (!params) return text;
  const numbers = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return interpolate(lang, MESSAGES[lang][key], params);
}
export * from './report.js';
