// Waiting for (or held by) the CSO: where the participant stands, and meanwhile the documents to
// photograph with the document camera, each marked once the server has it.

import { useMemo, useState, useSyncExternalStore } from 'react';
import { useSpokenPrompt } from '../a11y/speech.js';
import { DocumentList } from '../components/DocumentList.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { captureGallery } from '../media/captureGallery.js';
import { useKiosk } from '../state/KioskContext.js';
import { documentsForView } from './claimDocuments.js';
import { DocumentCapture } from './DocumentCapture.js';
import { QueueStatus, waitingTitleKey } from './QueueStatus.js';

const subscribeGallery = (l: () => void) => captureGallery.subscribe(l);
const gallerySnapshot = () => captureGallery.snapshot();

export function WaitingScreen() {
  const { tr, state, speak, call } = useKiosk();
  const view = state.view!;
  const [capturing, setCapturing] = useState<string | null>(null);
  const thumbnails = useSyncExternalStore(subscribeGallery, gallerySnapshot);
  const documents = documentsForView(view);
  const captured = useMemo(() => new Set(view.captures.map((c) => c.documentKind)), [view.captures]);
  const officer = view.officer
    ? { name: view.officer.displayName, staffId: view.officer.staffId }
    : undefined;
  const title = tr(waitingTitleKey(view), officer);
  useSpokenPrompt(speak, capturing ? '' : `${title}. ${tr('waiting.selfServiceIntro')}`);

  return (
    <section className="screen waiting">
      <ScreenHeading>{title}</ScreenHeading>
      <QueueStatus view={view} />
      {call?.failed && (
        <p className="error" role="alert">
          {tr('call.mediaError')}
        </p>
      )}
      {capturing ? (
        <DocumentCapture documentKind={capturing} onClose={() => setCapturing(null)} />
      ) : (
        <section className="self-service screen-body" aria-labelledby="self-service-title">
          <h2 id="self-service-title">{tr('waiting.selfServiceTitle')}</h2>
          <p>{tr('waiting.selfServiceIntro')}</p>
          <DocumentList
            documents={documents}
            heading="h3"
            capture={{ captured, thumbnails, onCapture: setCapturing }}
          />
        </section>
      )}
    </section>
  );
}
