// Shown over everything once a waiting participant did not answer "Masih di sana?": their place
// is kept and the CSO knows they stepped away. Any touch or key (the button included) says they
// are back.

import { useEffect, useRef } from 'react';
import type { Translate } from '../i18n/text.js';
import { AlertDialog } from './AlertDialog.js';

const BACK_EVENTS = ['pointerdown', 'keydown', 'touchstart'] as const;

export function AbsentScreen({ tr, onBack }: { tr: Translate; onBack(): void }) {
  const back = useRef(onBack);
  useEffect(() => {
    back.current = onBack;
  });
  useEffect(() => {
    const onActivity = () => back.current();
    for (const e of BACK_EVENTS) window.addEventListener(e, onActivity, { capture: true, once: true });
    return () => {
      for (const e of BACK_EVENTS) window.removeEventListener(e, onActivity, { capture: true });
    };
  }, []);
  return (
    <AlertDialog
      title={tr('absent.title')}
      body={tr('absent.body')}
      answer={tr('absent.back')}
      extraClassName="absent"
    />
  );
}
