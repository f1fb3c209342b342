// Shown over everything once a waiting participant did not answer "Masih di sana?": their place
// is kept and the CSO knows they stepped away. Any touch or key says they are back.

import { useEffect, useRef } from 'react';
import type { Translate } from '../i18n/text.js';

const BACK_EVENTS = ['pointerdown', 'keydown', 'touchstart'] as const;

export function AbsentScreen({ tr, onBack }: { tr: Translate; onBack(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  const back = useRef(onBack);
  useEffect(() => {
    back.current = onBack;
  });
  useEffect(() => {
    button.current?.focus();
    const onActivity = () => back.current();
    for (const e of BACK_EVENTS) window.addEventListener(e, onActivity, { capture: true, once: true });
    return () => {
      for (const e of BACK_EVENTS) window.removeEventListener(e, onActivity, { capture: true });
    };
  }, []);
  return (
    <div className="overlay">
      <div
        className="dialog absent"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="absent-title"
        aria-describedby="absent-body"
      >
        <h2 id="absent-title">{tr('absent.title')}</h2>
        <p id="absent-body">{tr('absent.body')}</p>
        <button ref={button} type="button" className="primary huge">
          {tr('absent.back')}
        </button>
      </div>
    </div>
  );
}
