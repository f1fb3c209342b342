// For a booth whose participant did not answer "Masih di sana?": the CSO may give up its place.
// Confirmed first, since the participant loses their turn; the server audits it.

import { PresenceEvents } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useState } from 'react';
import { ConfirmDialog } from '../app/ConfirmDialog.js';
import { ErrorText } from '../connection/ErrorText.js';
import { useAction } from '../connection/useAction.js';
import { useI18n } from '../i18n/I18nContext.js';
import { useDesk } from './DeskContext.js';

export function EndSessionButton({ sessionId, boothName }: { sessionId: string; boothName: string }) {
  const { ui } = useI18n();
  const { socket } = useDesk();
  const [confirming, setConfirming] = useState(false);
  const end = useAction();
  const confirm = async () => {
    await end.run(() => request(socket, PresenceEvents.endSession, { sessionId }));
    setConfirming(false);
  };
  return (
    <>
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        {ui('tile.endSession')}
      </button>
      <ErrorText error={end.error} />
      <ConfirmDialog
        open={confirming}
        title={ui('tile.endTitle', { booth: boothName })}
        confirmLabel={ui('tile.endConfirm')}
        pending={end.pending}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>{ui('tile.endBody')}</p>
      </ConfirmDialog>
    </>
  );
}
