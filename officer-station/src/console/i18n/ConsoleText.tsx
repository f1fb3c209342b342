// The console's own words for the chosen language; the language itself lives in the officer
// renderer's I18nProvider, which the console shares (sign-in, language switch, errors).

import { interpolate, type MessageParams } from '@bilik/shared';
import { useCallback } from 'react';
import { useI18n } from '../../renderer/i18n/I18nContext.js';
import { consoleEn } from './console.en.js';
import { consoleId, type ConsoleKey } from './console.id.js';

export type { ConsoleKey };
const DICTIONARIES = { id: consoleId, en: consoleEn } as const;

export type ConsoleText = (key: ConsoleKey, params?: MessageParams) => string;

export function useConsoleText(): ConsoleText {
  const { lang } = useI18n();
  return useCallback((key, params) => interpolate(lang, DICTIONARIES[lang][key], params), [lang]);
}
