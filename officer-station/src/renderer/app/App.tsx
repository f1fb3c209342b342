// The station's two screens: sign-in, then the desk. Language and the signed-in officer live
// here because both screens need them.

import type { Lang } from '@bilik/shared';
import { useCallback, useEffect, useState } from 'react';
import type { OfficerConfig } from '../../bridge/types.js';
import {
  clearSession,
  loadSession,
  logout,
  saveSession,
  type OfficerSession,
} from '../auth/officerSession.js';
import { LoginScreen } from '../auth/LoginScreen.js';
import { DeskScreen } from '../desk/DeskScreen.js';
import { I18nProvider } from '../i18n/I18nContext.js';
import { ui } from '../i18n/translate.js';

/** Why the desk sent the CSO back to sign in; null when they signed out themselves. */
export type SignOutReason = 'error.UNAUTHENTICATED' | null;

const LANG_KEY = 'bilik.officer.lang';

function initialLang(config: OfficerConfig): Lang {
  const stored = localStorage.getItem(LANG_KEY);
  return stored === 'id' || stored === 'en' ? stored : (config.lang ?? 'id');
}

export function App({ config }: { config: OfficerConfig }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang(config));
  const [session, setSession] = useState<OfficerSession | null>(() => loadSession(sessionStorage));
  // Why the CSO is back at the sign-in screen (expired token…), shown there once.
  const [signedOutBecause, setSignedOutBecause] = useState<SignOutReason>(null);

  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(LANG_KEY, next);
    setLangState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = ui(lang, 'app.title');
  }, [lang]);

  const signIn = useCallback((next: OfficerSession) => {
    saveSession(sessionStorage, next);
    setSignedOutBecause(null);
    setSession(next);
  }, []);

  const signOut = useCallback(
    (because: SignOutReason) => {
      // Signing out oneself revokes the token on the server; an expired one is gone already.
      const current = loadSession(sessionStorage);
      if (because === null && current) void logout(config.serverUrl, current.token);
      clearSession(sessionStorage);
      setSignedOutBecause(because);
      setSession(null);
    },
    [config.serverUrl],
  );

  return (
    <I18nProvider lang={lang} setLang={setLang}>
      {session ? (
        <DeskScreen config={config} session={session} onSignOut={signOut} />
      ) : (
        <LoginScreen serverUrl={config.serverUrl} notice={signedOutBecause} onSignedIn={signIn} />
      )}
    </I18nProvider>
  );
}
