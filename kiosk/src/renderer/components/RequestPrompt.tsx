// A CSO's request ("show your e-KTP", "turn it over") as a large prompt over the call, spoken
// when speech is on. For document requests the participant also sees what the document camera
// sends, so they can aim; the camera stops when they press "Sudah" or the CSO moves on.

import { useEffect, useRef } from 'react';
import type { BoothRequest } from '@bilik/shared';
import { useSpokenPrompt } from '../a11y/speech.js';
import { documentLabel, type TextKey } from '../i18n/text.js';
import { VideoView } from '../media/VideoView.js';
import { useKiosk } from '../state/KioskContext.js';

function promptKey(request: BoothRequest): TextKey {
  switch (request.kind) {
    case 'showDocument':
      return request.documentKind ? 'request.showDocument' : 'request.showDocumentAny';
    case 'captureDocument':
      return request.documentKind ? 'request.captureDocument' : 'request.captureDocumentAny';
    case 'holdCloser':
      return 'request.holdCloser';
    case 'turnOver':
      return 'request.turnOver';
    case 'lookAtCamera':
      return 'request.lookAtCamera';
  }
}

export function RequestPrompt({
  request,
  documentView,
}: {
  request: BoothRequest;
  documentView: MediaStream | null;
}) {
  const { tr, state, dispatch, speak } = useKiosk();
  const text = tr(promptKey(request), {
    document: request.documentKind ? documentLabel(state.prefs.lang, request.documentKind) : '',
  });
  useSpokenPrompt(speak, text);
  const done = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    done.current?.focus();
  }, [request.at]);

  return (
    <section className="request" aria-labelledby="request-title">
      <h2 id="request-title">{tr('request.title')}</h2>
      <p className="request-text" role="alert">
        {text}
      </p>
      {documentView && (
        <div className="framed">
          <VideoView stream={documentView} label={tr('request.documentView')} />
          <div className="frame-guide" aria-hidden="true" />
        </div>
      )}
      <button
        ref={done}
        type="button"
        className="primary"
        onClick={() => dispatch({ type: 'dismissRequest' })}
      >
        {tr('request.done')}
      </button>
    </section>
  );
}
