// The open desk's own bar: its size, the queue, the media state, and closing it (booths go back
// to the head of the queue, nobody is dropped).

import { OfficerEvents, type DeskView } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useState } from 'react';
import { ConfirmDialog } from '../app/ConfirmDialog.js';
import { ErrorText } from '../connection/ErrorText.js';
import { useAction } from '../connection/useAction.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { DeskMedia } from '../media/useDeskMedia.js';
import { useDesk } from './DeskContext.js';

type Props = {
  desk: DeskView;
  media: DeskMedia;
  localError: unknown;
  onClosed(): void;
  onRetryMedia(): void;
};

export function DeskBar({ desk, media, localError, onClosed, onRetryMedia }: Props) {
  const { ui } = useI18n();
  const { socket } = useDesk();
  const [confirming, setConfirming] = useState(false);
  const close = useAction();
  const seated = desk.slots.filter((s) => s.session).length;

  const confirmClose = async () => {
    const r = await close.run(() => request(socket, OfficerEvents.closeDesk, {}));
    setConfirming(false);
    if (r.ok) onClosed();
  };

  return (
    <div className="desk-bar">
      <h2 className="desk-size">
        {desk.slots.length === 1 ? ui('bar.oneToOne') : ui('bar.oneToMany', { n: desk.slots.length })}
      </h2>
      <p>{ui('bar.queue', { count: desk.queueLength })}</p>
      <p className={`pill media-${media.status}`} data-media-status={media.status} role="status">
        {ui(`media.${media.status}`)}
      </p>
      {media.status === 'failed' ? (
        <button type="button" onClick={onRetryMedia}>
          {ui('media.retry')}
        </button>
      ) : null}
      {localError ? (
        <p className="error" role="alert">
          {ui('media.localFailed')}
        </p>
      ) : null}
      <ErrorText error={media.status === 'failed' ? media.error : null} />
      <ErrorText error={close.error} />
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        {ui('bar.close')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={ui('bar.closeTitle')}
        confirmLabel={ui('bar.closeConfirm')}
        pending={close.pending}
        onConfirm={() => void confirmClose()}
        onCancel={() => setConfirming(false)}
      >
        <p>{seated > 0 ? ui('bar.closeBodySeated', { count: seated }) : ui('bar.closeBodyEmpty')}</p>
      </ConfirmDialog>
    </div>
  );
}
