// The desk shortcuts, always on screen so nobody has to remember them.

import { useI18n } from '../i18n/I18nContext.js';
import { DESK_SHORTCUTS } from './keyboard.js';

export function ShortcutList() {
  const { ui } = useI18n();
  return (
    <section className="shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading" className="visually-hidden">
        {ui('shortcuts.heading')}
      </h2>
      <dl>
        {DESK_SHORTCUTS.map((s) => (
          <div key={s.keys}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{ui(s.labelKey)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
