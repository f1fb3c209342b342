// Consent comes before any camera or document photo. Plain words on what is kept and for how
// long; refusing is a normal choice that leads to the service counter, not a dead end.

import { useState } from 'react';
import { BoothEvents, type BoothSessionView } from '@bilik/shared';
import { useSpokenPrompt } from '../a11y/speech.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { errorText } from '../i18n/text.js';
import { useKiosk } from '../state/KioskContext.js';

/**
 * How long document photos and decisions are kept at the branch.
 * [?] 5 years is our reading of the archive retention rules for claim files; it must be
 * confirmed with BPJS Ketenagakerjaan's records office before go-live.
 */
export const CAPTURE_RETENTION_YEARS = 5;

export function ConsentScreen() {
  const { tr, send, dispatch, state, speak } = useKiosk();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const name = state.view?.participantName;
  const points = [
    tr('consent.videoNotRecorded'),
    tr('consent.kept', { years: CAPTURE_RETENTION_YEARS }),
    tr('consent.use'),
  ];
  useSpokenPrompt(speak, [tr('consent.intro'), ...points, tr('consent.question')].join(' '));

  const answer = async (accepted: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const { session } = await send<{ session: BoothSessionView }>(BoothEvents.consent, { accepted });
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
      {name && <p className="lead participant-name">{tr('consent.greeting', { name })}</p>}
      <p>{tr('consent.intro')}</p>
      <ul className="consent-points">
        {points.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p className="question">{tr('consent.question')}</p>
      {error !== null && (
        <p className="error" role="alert">
          {errorText(state.prefs.lang, error)}
        </p>
      )}
      <div className="actions">
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
