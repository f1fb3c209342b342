// Consent comes before any camera or document photo. What UU PDP art. 21 asks the controller to
// tell, in plain words: who, what for, on what legal ground, which data (the sensitive ones named),
// how long it is kept (the branch server's retention setting, the one its retention job uses),
// the participant's rights and whom to ask. Refusing is a normal choice that leads to the
// service counter, not a dead end.

import { useState } from 'react';
import { BoothEvents } from '@bilik/shared';
import { useSpokenPrompt } from '../a11y/speech.js';
import { ScreenBody } from '../components/ScreenBody.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { errorText } from '../i18n/text.js';
import { useKiosk } from '../state/KioskContext.js';
import { consentSections } from './consentText.js';

export function ConsentScreen() {
  const { tr, send, dispatch, state, speak } = useKiosk();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const name = state.view?.participantName;
  const sections = state.view ? consentSections(tr, state.view.privacy) : [];
  useSpokenPrompt(
    speak,
    [
      tr('consent.intro'),
      ...sections.map(([label, text]) => `${label}: ${text}`),
      tr('consent.question'),
    ].join(' '),
  );

  const answer = async (accepted: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const { session } = await send(BoothEvents.consent, { accepted });
      if (accepted) {
        dispatch({ type: 'view', view: session });
        dispatch({ type: 'consented' });
      } else dispatch({ type: 'refused' });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section className="screen consent">
      <ScreenHeading>{tr('consent.title')}</ScreenHeading>
      <ScreenBody>
        {name && <p className="lead participant-name">{tr('consent.greeting', { name })}</p>}
        <p>{tr('consent.intro')}</p>
        <dl className="consent-points">
          {sections.map(([label, text]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        <p className="question">{tr('consent.question')}</p>
        <p>{tr('consent.refuseNote')}</p>
        {error !== null && (
          <p className="error" role="alert">
            {errorText(state.prefs.lang, error)}
          </p>
        )}
      </ScreenBody>
      <div className="screen-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void answer(true)}>
          {tr('consent.accept')}
        </button>
        <button type="button" disabled={busy} onClick={() => void answer(false)}>
          {tr('consent.refuse')}
        </button>
      </div>
    </section>
  );
}
