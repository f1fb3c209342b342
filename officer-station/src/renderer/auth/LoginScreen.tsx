// Sign-in with username and password; a refusal (wrong password, locked account) is shown in the
// officer's language, never as server text. An account with a temporary password chooses its
// own here before it is signed in. Shared by the desk and the branch console (their own titles).

import { t } from '@bilik/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { LangToggle } from '../app/LangToggle.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { SignOutReason } from '../app/App.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { login, LoginError, type OfficerSession } from './officerSession.js';

type Props = {
  serverUrl: string;
  notice: SignOutReason;
  onSignedIn(session: OfficerSession): void;
  /** The app's name and what signing in opens; the desk's own by default. */
  title?: string;
  intro?: string;
  /** Shown above the form (e.g. why a CSO cannot use the console). */
  children?: ReactNode;
};

export function LoginScreen({ serverUrl, notice, onSignedIn, title, intro, children }: Props) {
  const { ui, lang, error: errorText } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [mustChange, setMustChange] = useState<{ username: string; password: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      onSignedIn(await login(serverUrl, { username: username.trim(), password }));
    } catch (err) {
      if (err instanceof LoginError && err.code === 'PASSWORD_CHANGE_REQUIRED')
        setMustChange({ username: username.trim(), password });
      else setError(err);
      setPassword('');
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="login-page">
      <header className="login-header">
        <LangToggle />
      </header>
      <main className="login">
        <h1>{title ?? ui('app.title')}</h1>
        {mustChange ? (
          <ChangePasswordForm
            serverUrl={serverUrl}
            username={mustChange.username}
            password={mustChange.password}
            onSignedIn={onSignedIn}
            onCancel={() => setMustChange(null)}
          />
        ) : (
          <>
            <p>{intro ?? ui('login.intro')}</p>
            {children}
            {notice && !error ? (
              <p className="notice" role="status">
                {t(lang, notice)}
              </p>
            ) : null}
            <form onSubmit={(e) => void submit(e)} aria-busy={pending}>
              <label htmlFor="login-username">{ui('login.username')}</label>
              <input
                id="login-username"
                name="username"
                autoComplete="username"
                required
                value={username}
                onChange={(e) => setUsername(e.target.value)}
              />
              <label htmlFor="login-password">{ui('login.password')}</label>
              <input
                id="login-password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              {error ? (
                <p className="error" role="alert">
                  {errorText(error)}
                </p>
              ) : null}
              <button type="submit" className="primary" disabled={pending}>
                {pending ? ui('login.signingIn') : ui('login.submit')}
              </button>
            </form>
          </>
        )}
      </main>
    </div>
  );
}
