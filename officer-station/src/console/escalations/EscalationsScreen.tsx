// A placeholder, plainly marked: escalations and dual control come with their server events
// (issue 12); until this branch server offers them, the supervisor is told so, nothing more.

import { useConsoleText } from '../i18n/ConsoleText.js';

export function EscalationsScreen() {
  const c = useConsoleText();
  return (
    <section className="console-section" aria-labelledby="escalations-heading" data-placeholder="escalations">
      <h2 id="escalations-heading">{c('escalations.heading')}</h2>
      <p className="notice">{c('escalations.placeholder')}</p>
    </section>
  );
}
