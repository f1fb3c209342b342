// The signed-in station: connects to /officer, then shows the desk the server says is open, or
// the form to open one.

import { useEffect } from 'react';
import type { OfficerConfig } from '../../bridge/types.js';
import type { SignOutReason } from '../app/App.js';
import type { OfficerSession } from '../auth/officerSession.js';
import { useOfficerConnection } from '../connection/useOfficerConnection.js';
import { useI18n } from '../i18n/I18nContext.js';
import { DeskHeader } from './DeskHeader.js';
import { DeskWorkspace } from './DeskWorkspace.js';
import { OpenDeskForm } from './OpenDeskForm.js';

type Props = { config: OfficerConfig; session: OfficerSession; onSignOut(reason: SignOutReason): void };

export function DeskScreen({ config, session, onSignOut }: Props) {
  const { ui } = useI18n();
  const connection = useOfficerConnection(config.serverUrl, session.token);
  const { socket, desk, status, setDesk } = connection;

  useEffect(() => {
    if (status === 'unauthenticated') onSignOut('error.UNAUTHENTICATED');
  }, [status, onSignOut]);

  const sla = { amberSeconds: config.slaAmberSeconds, redSeconds: config.slaRedSeconds };
  return (
    <div className="desk-page">
      <DeskHeader
        officer={session.officer}
        connection={status}
        deskOpen={Boolean(desk)}
        onSignOut={() => onSignOut(null)}
      />
      {!socket || desk === undefined ? (
        <main className="connecting">
          <p role="status">{ui('desk.connecting')}</p>
        </main>
      ) : desk === null ? (
        <OpenDeskForm socket={socket} onOpened={setDesk} />
      ) : (
        <DeskWorkspace socket={socket} desk={desk} sla={sla} onDesk={setDesk} />
      )}
    </div>
  );
}
