// The chosen language for the whole renderer, with the two translators bound to it.

import type { Lang, MessageKey, MessageParams } from '@bilik/shared';
import { t } from '@bilik/shared';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { errorText, ui, type UiKey } from './translate.js';

export type I18n = {
  lang: Lang;
  setLang(lang: Lang): void;
  /** Desk wording. */
  ui(key: UiKey, params?: MessageParams): string;
  /** Shared domain wording (claims, documents, pre-checks, errors). */
  t(key: MessageKey, params?: MessageParams): string;
  error(err: unknown): string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider(props: { lang: Lang; setLang(lang: Lang): void; children: ReactNode }) {
  const { lang, setLang } = props;
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      ui: (key, params) => ui(lang, key, params),
      t: (key, params) => t(lang, key, params),
      error: (err) => errorText(lang, err),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
