// "Panggil petugas": on every screen, at any step. Works before check-in too (the server then
// alerts every open desk), so nobody is ever stuck alone at the booth.

import { useEffect, useState } from 'react';
import { BoothEvents } from '@bilik/shared';
import { errorText } from '../i18n/text.js';
import { useKiosk } from '../state/KioskContext.js';

export function HelpButton() {
  const { tr, send, dispatch, state, speak } = useKiosk();
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; err: unknown } | null>(null);
  const sessionId = state.view?.sessionId ?? null;
  // A confirmation belongs to the visit it was given in.
  useEffect(() => setOutcome(null), [sessionId]);

  const callHelp = async () => {
    try {
      await send(BoothEvents.callHelp, {});
      setOutcome({ ok: true });
      dispatch({ type: 'announce', text: tr('help.called') });
      speak(tr('help.called'));
    } catch (err) {
      setOutcome({ ok: false, err });
    }
  };
  return (
    <div className="help">
      <button type="button" className="help-button" onClick={() => void callHelp()}>
        {tr('help.call')}
      </button>
      {outcome?.ok && <p className="help-note">{tr('help.called')}</p>}
      {outcome && !outcome.ok && (
        <p className="error" role="alert">
          {errorText(state.prefs.lang, outcome.err)}
        </p>
      )}
    </div>
  );
}
