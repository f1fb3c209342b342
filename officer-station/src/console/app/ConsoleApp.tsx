// The branch console's root: language, the signed-in supervisor or branch IT officer, and the
// first-run setup while the branch has no account at all. A CSO who signs in here is signed out
// again at once (on the server too) and told where their screen is.

import type { Lang, SetupStatus } from '@bilik/shared';
import { useCallback, useEffect, useState } from 'react';
import type { OfficerConfig } from '../../bridge/types.js';
import {
  clearSession,
  loadSession,
  logout,
  saveSession,
  type OfficerSession,
} from '../../renderer/auth/officerSession.js';
import { LoginScreen } from '../../renderer/auth/LoginScreen.js';
import { I18nProvider } from '../../renderer/i18n/I18nContext.js';
import { useConsoleText } from '../i18n/ConsoleText.js';
import { SetupScreen } from '../setup/SetupScreen.js';
import { ConsoleShell } from './ConsoleShell.js';

const SESSION_KEY = 'bilik.console.session';
const LANG_KEY = 'bilik.console.lang';

export function ConsoleApp({ config }: { config: OfficerConfig }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const stored = localStorage.getItem(LANG_KEY);
    return stored === 'id' || stored === 'en' ? stored : (config.lang ?? 'id');
  });
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(LANG_KEY, next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nProvider lang={lang} setLang={setLang}>
      <SignedIn config={config} />
    </I18nProvider>
  );
}

function SignedIn({ config }: { config: OfficerConfig }) {
  const c = useConsoleText();
  const [session, setSession] = useState<OfficerSession | null>(() =>
    loadSession(sessionStorage, SESSION_KEY),
  );
  const [csoTurnedAway, setCsoTurnedAway] = useState(false);
  const [expired, setExpired] = useState(false);
  const [setup, setSetup] = useState<SetupStatus | null>(null);

  useEffect(() => {
    document.title = c('console.title');
  }, [c]);
  useEffect(() => {
    void fetch(`${config.serverUrl}/api/setup`)
      .then((r) => r.json() as Promise<SetupStatus>)
      .then((s) => setSetup({ needed: s.needed }))
      .catch(() => setSetup({ needed: false }));
  }, [config.serverUrl]);

  const signIn = useCallback(
    (next: OfficerSession) => {
      setExpired(false);
      if (next.officer.role === 'cso') {
        void logout(config.serverUrl, next.token);
        setCsoTurnedAway(true);
        return;
      }
      setCsoTurnedAway(false);
      setSetup({ needed: false });
      saveSession(sessionStorage, next, SESSION_KEY);
      setSession(next);
    },
    [config.serverUrl],
  );
  const signOut = useCallback(
    (because: 'expired' | null) => {
      if (because === null && session) void logout(config.serverUrl, session.token);
      clearSession(sessionStorage, SESSION_KEY);
      setExpired(because === 'expired');
      setSession(null);
    },
    [config.serverUrl, session],
  );

  if (setup === null) return <p className="console-loading">{c('console.loading')}</p>;
  if (setup.needed && !session) return <SetupScreen serverUrl={config.serverUrl} onSignedIn={signIn} />;
  if (!session)
    return (
      <LoginScreen
        serverUrl={config.serverUrl}
        notice={expired ? 'error.UNAUTHENTICATED' : null}
        onSignedIn={signIn}
        title={c('console.title')}
        intro={c('console.intro')}
      >
        {csoTurnedAway ? (
          <div className="console-refused" role="alert">
            <p>{c('console.csoRefused')}</p>
            <a href="/officer/">{c('console.openDesk')}</a>
          </div>
        ) : null}
      </LoginScreen>
    );
  return <ConsoleShell config={config} session={session} onSignOut={signOut} />;
}
