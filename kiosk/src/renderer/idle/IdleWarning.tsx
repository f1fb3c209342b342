// "Masih di sana?": the last seconds before an unattended visit is wiped, or before a waiting
// participant is marked absent (their place is kept; the text says so, not "wiped"). A modal
// dialog, since nothing else matters until the participant answers; any touch also answers.

import { useEffect, useRef } from 'react';
import type { Translate } from '../i18n/text.js';

export function IdleWarning({
  secondsLeft,
  kind,
  tr,
  onStay,
}: {
  secondsLeft: number;
  kind: 'wipe' | 'markAbsent';
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
          {tr(kind === 'wipe' ? 'idle.body' : 'idle.absentBody', { seconds: secondsLeft })}
        </p>
        <button ref={button} type="button" className="primary huge" onClick={onStay}>
          {tr(kind === 'wipe' ? 'idle.continue' : 'idle.here')}
        </button>
      </div>
    </div>
  );
}
