// One document of the checklist: its captures, "capture now", requests to the booth about it,
// and the CSO's verdict.

import { OfficerEvents, type OfficerRequestKind } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useState } from 'react';
import { ErrorText } from '../connection/ErrorText.js';
import { useAction } from '../connection/useAction.js';
import { useDesk } from '../desk/DeskContext.js';
import { useI18n } from '../i18n/I18nContext.js';
import { documentLabel } from '../i18n/translate.js';
import { CaptureImage } from './CaptureImage.js';
import type { ChecklistRow } from './checklist.js';
import { useCaptureNow } from './useCaptureNow.js';
import { VerdictControls } from './VerdictControls.js';

export function DocumentRow({ sessionId, row }: { sessionId: string; row: ChecklistRow }) {
  const { ui, t, lang } = useI18n();
  const { socket } = useDesk();
  const camera = useCaptureNow(sessionId);
  const action = useAction();
  const [done, setDone] = useState<'docs.requested' | 'docs.captured' | null>(null);
  const label = documentLabel(lang, row.kind);

  const ask = async (kind: OfficerRequestKind) => {
    const r = await action.run(() =>
      request(socket, OfficerEvents.request, { sessionId, kind, documentKind: row.kind }),
    );
    setDone(r.ok ? 'docs.requested' : null);
  };
  const captureNow = async () => {
    const r = await action.run(() => camera.capture(row.kind));
    setDone(r.ok ? 'docs.captured' : null);
  };

  return (
    <li
      className={`doc verdict-${row.verdict?.verdict ?? 'none'}`}
      data-document-kind={row.kind}
      data-verdict={row.verdict?.verdict ?? 'none'}
    >
      <div className="doc-head">
        <h4>{label}</h4>
        {row.required ? null : (
          <span className="tag">{ui(row.listed ? 'docs.optional' : 'docs.notListed')}</span>
        )}
        {row.verdict ? (
          <span className={`tag tag-${row.verdict.verdict}`}>
            {ui(`docs.verdict.${row.verdict.verdict}`)}
            {row.verdict.reason ? `: ${row.verdict.reason}` : ''}
          </span>
        ) : null}
      </div>
      {row.note ? <p className="doc-note">{t(row.note)}</p> : null}
      {row.captures.length > 0 ? (
        <ul className="doc-captures" aria-label={ui('docs.captures', { doc: label })}>
          {row.captures.map((c, i) => (
            <li key={c.captureId}>
              <CaptureImage captureId={c.captureId} alt={ui('docs.captureAlt', { doc: label, n: i + 1 })} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="doc-empty">{ui('docs.noCaptures')}</p>
      )}
      <div className="doc-actions">
        <button
          type="button"
          disabled={!camera.available || action.pending}
          title={camera.available ? undefined : ui('capture.noCamera')}
          onClick={() => void captureNow()}
        >
          {camera.fromDocumentCamera || !camera.available ? ui('docs.captureNow') : ui('docs.captureNowFace')}
        </button>
        <button type="button" disabled={action.pending} onClick={() => void ask('showDocument')}>
          {ui('docs.askShow')}
        </button>
        <button type="button" disabled={action.pending} onClick={() => void ask('captureDocument')}>
          {ui('docs.askCapture')}
        </button>
      </div>
      <VerdictControls
        sessionId={sessionId}
        documentKind={row.kind}
        verifyLabel={ui('docs.verify')}
        rejectLabel={ui('docs.reject')}
      />
      {done ? (
        <p className="done" role="status">
          {ui(done)}
        </p>
      ) : null}
      <ErrorText error={action.error} />
    </li>
  );
}
