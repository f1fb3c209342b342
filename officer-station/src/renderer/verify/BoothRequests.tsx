// Asking the participant to do something on camera. The booth screen shows the request; the
// CSO's voice only reaches the focused booth, so a written request is how held booths hear it.

import { OfficerEvents, type OfficerRequestKind } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useState } from 'react';
import { ErrorText } from '../connection/ErrorText.js';
import { useAction } from '../connection/useAction.js';
import { useDesk } from '../desk/DeskContext.js';
import { useI18n } from '../i18n/I18nContext.js';

// Document-specific requests (show, capture) sit on each checklist row.
const GENERAL = ['lookAtCamera', 'holdCloser', 'turnOver'] as const satisfies readonly OfficerRequestKind[];
type GeneralRequest = (typeof GENERAL)[number];

export function BoothRequests({ sessionId }: { sessionId: string }) {
  const { ui } = useI18n();
  const { socket } = useDesk();
  const action = useAction();
  const [sent, setSent] = useState<GeneralRequest | null>(null);

  const ask = async (kind: GeneralRequest) => {
    const r = await action.run(() =>
      request(socket, OfficerEvents.request, { sessionId, kind, documentKind: null }),
    );
    setSent(r.ok ? kind : null);
  };

  return (
    <section className="booth-requests" aria-labelledby="requests-heading">
      <h3 id="requests-heading">{ui('requests.heading')}</h3>
      <div className="request-buttons">
        {GENERAL.map((kind) => (
          <button key={kind} type="button" disabled={action.pending} onClick={() => void ask(kind)}>
            {ui(`request.${kind}`)}
          </button>
        ))}
      </div>
      {sent ? (
        <p className="done" role="status">
          {ui('requests.sent', { request: ui(`request.${sent}`) })}
        </p>
      ) : null}
      <ErrorText error={action.error} />
    </section>
  );
}
