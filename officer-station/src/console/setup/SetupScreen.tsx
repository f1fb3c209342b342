// First run: the branch has no account. The server printed a one-time setup token on its console;
// with it, branch IT creates the first admin here and is signed in.

import { useState, type FormEvent } from 'react';
import { LangToggle } from '../../renderer/app/LangToggle.js';
import { LoginError, setupFirstAdmin, type OfficerSession } from '../../renderer/auth/officerSession.js';
import { useI18n } from '../../renderer/i18n/I18nContext.js';
import { useConsoleText } from '../i18n/ConsoleText.js';
import { AccountFields, draftPasswordProblem, EMPTY_ACCOUNT } from '../officers/AccountFields.js';

type Props = { serverUrl: string; onSignedIn(session: OfficerSession): void };

export function SetupScreen({ serverUrl, onSignedIn }: Props) {
  const c = useConsoleText();
  const { ui, error: errorText } = useI18n();
  const [token, setToken] = useState('');
  const [draft, setDraft] = useState(EMPTY_ACCOUNT);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const problem = draftPasswordProblem(draft);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (problem) return;
    setPending(true);
    setError(null);
    try {
      onSignedIn(
        await setupFirstAdmin(serverUrl, { ...draft, token: token.trim(), username: draft.username.trim() }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="login-page">
      <header className="login-header">
        <LangToggle />
      </header>
      <main className="login setup">
        <h1>{c('console.title')}</h1>
        <h2>{c('setup.heading')}</h2>
        <p>{c('setup.intro')}</p>
        <form onSubmit={(e) => void submit(e)} aria-busy={pending}>
          <label htmlFor="setup-token">{c('setup.token')}</label>
          <input
            id="setup-token"
            required
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
          <AccountFields
            idPrefix="setup"
            draft={draft}
            onChange={setDraft}
            passwordLabel={ui('password.new')}
            passwordHint={c('setup.passwordRule')}
            passwordVisible={false}
          />
          {error ? (
            <p className="error" role="alert">
              {error instanceof LoginError && error.code === 'INVALID_CREDENTIALS'
                ? c('setup.tokenRefused')
                : errorText(error)}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={pending || problem !== null}>
            {c('setup.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
