// Verified / rejected-with-reason for one document kind (desk:verifyDocument). The server keeps
// one verdict per document; the last one counts, and every one is in the audit log.

import { OfficerEvents } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useId, useState } from 'react';
import { ErrorText } from '../connection/ErrorText.js';
import { useAction } from '../connection/useAction.js';
import { useDesk } from '../desk/DeskContext.js';
import { useI18n } from '../i18n/I18nContext.js';

type Props = {
  sessionId: string;
  documentKind: string;
  verifyLabel: string;
  rejectLabel: string;
  /** Stored with a verified verdict, e.g. "face matches the e-KTP photo". */
  verifiedReason?: string;
  /** Put before the CSO's reason for a rejection, e.g. "face does not match". */
  rejectPrefix?: string;
};

export function VerdictControls({
  sessionId,
  documentKind,
  verifyLabel,
  rejectLabel,
  verifiedReason,
  rejectPrefix,
}: Props) {
  const { ui } = useI18n();
  const { socket } = useDesk();
  const action = useAction();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();

  const send = (verdict: 'verified' | 'rejected', text: string | null) =>
    action.run(() =>
      request(socket, OfficerEvents.verifyDocument, { sessionId, documentKind, verdict, reason: text }),
    );

  const reject = async () => {
    const typed = reason.trim();
    if (typed === '') return;
    const r = await send('rejected', rejectPrefix ? `${rejectPrefix}: ${typed}` : typed);
    if (r.ok) {
      setRejecting(false);
      setReason('');
    }
  };

  return (
    <div className="verdict-controls">
      <button
        type="button"
        className="ok"
        disabled={action.pending}
        onClick={() => void send('verified', verifiedReason ?? null)}
      >
        {verifyLabel}
      </button>
      <button
        type="button"
        className="danger"
        aria-expanded={rejecting}
        onClick={() => setRejecting(!rejecting)}
      >
        {rejectLabel}
      </button>
      {rejecting ? (
        <form
          className="reject-form"
          onSubmit={(e) => {
            e.preventDefault();
            void reject();
          }}
        >
          <label htmlFor={reasonId}>{ui('verdict.reason')}</label>
          <input
            id={reasonId}
            value={reason}
            required
            maxLength={400}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" className="danger" disabled={action.pending || reason.trim() === ''}>
            {ui('verdict.saveRejection')}
          </button>
        </form>
      ) : null}
      <ErrorText error={action.error} />
    </div>
  );
}
