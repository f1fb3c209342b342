// What to have ready, shown once after the claim is chosen (the queue already runs meanwhile).

import { useSpokenPrompt } from '../a11y/speech.js';
import { DocumentList } from '../components/DocumentList.js';
import { ScreenBody } from '../components/ScreenBody.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { documentLabel } from '../i18n/text.js';
import { useKiosk } from '../state/KioskContext.js';
import { documentsForView } from './claimDocuments.js';

export function DocumentsScreen() {
  const { tr, state, dispatch, speak } = useKiosk();
  const documents = documentsForView(state.view);
  const required = documents.filter((d) => d.required).map((d) => documentLabel(state.prefs.lang, d.kind));
  useSpokenPrompt(speak, `${tr('documents.intro')} ${required.join(', ')}.`);
  return (
    <section className="screen documents-screen">
      <ScreenHeading>{tr('documents.title')}</ScreenHeading>
      <ScreenBody>
        <p className="lead">{tr('documents.intro')}</p>
        <DocumentList documents={documents} />
      </ScreenBody>
      <div className="screen-actions">
        <button type="button" className="primary" onClick={() => dispatch({ type: 'documentsSeen' })}>
          {tr('documents.continue')}
        </button>
      </div>
    </section>
  );
}
