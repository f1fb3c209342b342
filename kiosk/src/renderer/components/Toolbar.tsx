// Language, text size, contrast and spoken guidance: always reachable, each a toggle button
// whose pressed state a screen reader reads out.

import type { Lang } from '@bilik/shared';
import type { Translate } from '../i18n/text.js';
import type { Prefs } from '../state/journey.js';

const LANGUAGE_NAMES: Record<Lang, string> = { id: 'Bahasa Indonesia', en: 'English' };

export function Toolbar({
  prefs,
  tr,
  onChange,
}: {
  prefs: Prefs;
  tr: Translate;
  onChange(p: Partial<Prefs>): void;
}) {
  const toggle = (key: 'largeText' | 'highContrast' | 'speech', label: string) => (
    <button
      type="button"
      className="toggle"
      aria-pressed={prefs[key]}
      onClick={() => onChange({ [key]: !prefs[key] })}
    >
      {label}
    </button>
  );
  return (
    <div className="toolbar" role="group" aria-label={tr('toolbar.label')}>
      <div className="languages" role="group" aria-label={tr('toolbar.language')}>
        {(Object.keys(LANGUAGE_NAMES) as Lang[]).map((lang) => (
          <button
            key={lang}
            type="button"
            className="toggle"
            lang={lang}
            aria-pressed={prefs.lang === lang}
            onClick={() => onChange({ lang })}
          >
            {LANGUAGE_NAMES[lang]}
          </button>
        ))}
      </div>
      {toggle('largeText', tr('toolbar.largeText'))}
      {toggle('highContrast', tr('toolbar.highContrast'))}
      {toggle('speech', tr('toolbar.speech'))}
    </div>
  );
}
