// The signed-in console: who is signed in, the connection, the menu of the screens this role
// has, and the screen chosen (kept in the URL's hash, so a reload stays on it).

import { useEffect, useState } from 'react';
import type { OfficerConfig } from '../../bridge/types.js';
import { LangToggle } from '../../renderer/app/LangToggle.js';
import type { OfficerSession } from '../../renderer/auth/officerSession.js';
import { useI18n } from '../../renderer/i18n/I18nContext.js';
import { BoardScreen } from '../board/BoardScreen.js';
import { BoothsScreen } from '../booths/BoothsScreen.js';
import { useAdminConnection } from '../connection/useAdminConnection.js';
import { EscalationsScreen } from '../escalations/EscalationsScreen.js';
import { useConsoleText } from '../i18n/ConsoleText.js';
import { OfficersScreen } from '../officers/OfficersScreen.js';
import { ReportsScreen } from '../reports/ReportsScreen.js';
import { SystemScreen } from '../system/SystemScreen.js';
import { SCREEN_LABEL, SCREENS, screenFromHash, type Screen } from './screens.js';

type Props = { config: OfficerConfig; session: OfficerSession; onSignOut(because: 'expired' | null): void };

export function ConsoleShell({ config, session, onSignOut }: Props) {
  const c = useConsoleText();
  const { ui } = useI18n();
  const { officer, token } = session;
  const connection = useAdminConnection(config.serverUrl, token);
  const [screen, setScreen] = useState<Screen | null>(() => screenFromHash(location.hash, officer.role));

  useEffect(() => {
    if (connection.status === 'unauthenticated') onSignOut('expired');
  }, [connection.status, onSignOut]);
  useEffect(() => {
    const follow = () => setScreen(screenFromHash(location.hash, officer.role));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [officer.role]);

  const { socket } = connection;
  return (
    <div className="console-page">
      <header className="console-header">
        <h1>{c('console.title')}</h1>
        <p className="officer">
          {c('console.signedIn', { name: officer.displayName, role: c(`role.${officer.role}`) })}
        </p>
        <p className={`pill conn-${connection.status}`} role="status">
          {ui(`conn.${connection.status}`)}
        </p>
        <LangToggle />
        <button type="button" onClick={() => onSignOut(null)}>
          {c('console.signOut')}
        </button>
      </header>
      <nav className="console-nav" aria-label={c('nav.label')}>
        <ul>
          {SCREENS[officer.role].map((s) => (
            <li key={s}>
              <a href={`#${s}`} aria-current={s === screen ? 'page' : undefined}>
                {c(SCREEN_LABEL[s])}
                {s === 'escalations' ? <span className="soon"> ({c('notAvailable')})</span> : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="console-main">
        {!socket ? (
          <p role="status">{c('console.loading')}</p>
        ) : screen === 'board' ? (
          <BoardScreen board={connection.board} sla={config} />
        ) : screen === 'escalations' ? (
          <EscalationsScreen />
        ) : screen === 'reports' ? (
          <ReportsScreen socket={socket} serverUrl={config.serverUrl} token={token} />
        ) : screen === 'booths' ? (
          <BoothsScreen socket={socket} booths={connection.booths} serverUrl={config.serverUrl} />
        ) : screen === 'officers' ? (
          <OfficersScreen socket={socket} me={officer.username} />
        ) : screen === 'system' ? (
          <SystemScreen socket={socket} serverUrl={config.serverUrl} token={token} />
        ) : null}
      </main>
    </div>
  );
}
