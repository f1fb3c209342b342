// "Masih di sana?": the last seconds before an unattended visit is wiped, or before a waiting
// participant is marked absent (their place is kept; the text says so, not "wiped"). A modal
// dialog, since nothing else matters until the participant answers; any touch also answers.

import type { Translate } from '../i18n/text.js';
import { AlertDialog } from './AlertDialog.js';

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
  return (
    <AlertDialog
      title={tr('idle.title')}
      body={tr(kind === 'wipe' ? 'idle.body' : 'idle.absentBody', { seconds: secondsLeft })}
      bodyClassName="countdown"
      answer={tr(kind === 'wipe' ? 'idle.continue' : 'idle.here')}
      onAnswer={onStay}
    />
  );
}
