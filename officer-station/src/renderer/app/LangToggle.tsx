// Bahasa Indonesia / English switch, shown on every screen.

import { LANGS } from '@bilik/shared';
import { useI18n } from '../i18n/I18nContext.js';

const NAMES = { id: 'Bahasa Indonesia', en: 'English' } as const;

export function LangToggle() {
  const { lang, setLang, ui } = useI18n();
  return (
    <div className="lang-toggle" role="group" aria-label={ui('lang.label')}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
