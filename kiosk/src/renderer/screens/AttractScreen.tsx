// The idle screen between participants. A booking QR scanned here checks in directly (App
// listens to the scanner); the big button starts the typed check-in. Silent on purpose: it
// shows while nobody is in the booth, and speech starts once someone touches it.

import { ScreenHeading } from '../components/ScreenHeading.js';
import { useKiosk } from '../state/KioskContext.js';

export function AttractScreen() {
  const { tr, dispatch } = useKiosk();
  return (
    <section className="screen attract">
      <ScreenHeading>{tr('attract.title')}</ScreenHeading>
      <p className="lead">{tr('attract.subtitle')}</p>
      <button type="button" className="primary huge" onClick={() => dispatch({ type: 'start' })}>
        {tr('attract.start')}
      </button>
      <p className="hint">{tr('attract.scanHint')}</p>
    </section>
  );
}
