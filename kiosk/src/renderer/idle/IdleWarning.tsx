// "Masih di sana?": the last seconds before an unattended visit is wiped. A modal dialog, since
// nothing else matters until the participant answers; any touch also counts as an answer.

import { useEffect, useRef } from 'react';
import type { Translate } from '../i18n/text.js';

export function IdleWarning({
  secondsLeft,
  tr,
  onStay,
}: {
  secondsLeft: number;
  tr: Translate;
  onStay: () => void;
}) {
  const button = useRef<HTMLButtonElement>(null);
  // Focus goes to the answer, and back to where the participant was once they answered.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    button.current?.focus();
    return () => before?.focus();
  }, []);
  return (
    <div className="overlay">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
      >
        <h2 id="idle-title">{tr('idle.title')}</h2>
        <p id="idle-body" className="countdown">
          {tr('idle.body', { seconds: secondsLeft })}
        </p>
        <button ref={button} type="button" className="primary" onClick={onStay}>
          {tr('idle.continue')}
        </button>
      </div>
    </div>
  );
}
