// Calls for help, at the top of the desk where they cannot be missed: from the booths at this
// desk and from booths seated nowhere yet. Each stays until a CSO answers "Saya tangani"; a new
// call also sounds a chime (the server's desk:helpCalled push reaches only the desks concerned).

import { OfficerPush, type HelpCallView, type HelpCalledPush } from '@bilik/shared';
import { useEffect } from 'react';
import { ErrorText } from '../connection/ErrorText.js';
import { useI18n } from '../i18n/I18nContext.js';
import { useDesk } from './DeskContext.js';
import { playHelpChime } from './helpSound.js';
import { useAcknowledgeHelp } from './useAcknowledgeHelp.js';

export function HelpBanner({ calls }: { calls: readonly HelpCallView[] }) {
  const { ui } = useI18n();
  const { socket } = useDesk();
  const help = useAcknowledgeHelp();

  useEffect(() => {
    const onCall = (_call: HelpCalledPush) => playHelpChime();
    socket.on(OfficerPush.helpCalled, onCall);
    return () => void socket.off(OfficerPush.helpCalled, onCall);
  }, [socket]);

  if (calls.length === 0) return null;
  return (
    <section className="help-banner" aria-label={ui('help.region')}>
      <ul>
        {calls.map((c) => (
          <li key={c.helpCallId} role="alert" data-help-call={c.helpCallId}>
            <span className="help-text">
              {ui(c.seatedHere ? 'help.banner' : 'help.bannerUnseated', { booth: c.boothName })}
            </span>
            <button
              type="button"
              onClick={() => help.acknowledge(c.helpCallId)}
              disabled={help.action.pending}
            >
              {ui('help.acknowledge')}
            </button>
          </li>
        ))}
      </ul>
      <ErrorText error={help.action.error} />
    </section>
  );
}
