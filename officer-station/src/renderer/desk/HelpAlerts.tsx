// "Call for help" from a booth: the server pushes desk:helpCalled; the CSO sees which booth until
// they dismiss it. The tile shows it too, but a list survives the booth being off-screen.

import { OfficerPush } from '@bilik/shared';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nContext.js';
import { useDesk } from './DeskContext.js';

type HelpCall = { sessionId: string | null; boothName: string; at: number };

export function HelpAlerts() {
  const { ui } = useI18n();
  const { socket } = useDesk();
  const [calls, setCalls] = useState<HelpCall[]>([]);

  useEffect(() => {
    const onHelp = (call: { sessionId: string | null; boothName: string }) =>
      setCalls((list) => [
        ...list.filter((c) => c.boothName !== call.boothName),
        { ...call, at: Date.now() },
      ]);
    socket.on(OfficerPush.helpCalled, onHelp);
    return () => void socket.off(OfficerPush.helpCalled, onHelp);
  }, [socket]);

  if (calls.length === 0) return null;
  return (
    <section className="help-alerts" aria-labelledby="help-heading">
      <h2 id="help-heading">{ui('help.heading')}</h2>
      <ul>
        {calls.map((c) => (
          <li key={c.boothName} role="alert">
            {ui('help.called', { booth: c.boothName })}
            <button type="button" onClick={() => setCalls((list) => list.filter((x) => x !== c))}>
              {ui('help.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
