// First run: the branch has no account. The server printed a one-time setup token on its console;
// with it, branch IT creates the first admin here and is signed in.

import { ERROR_CODES, passwordProblem, type ErrorCode } from '@bilik/shared';
import { useState, type FormEvent } from 'react';
import { LangToggle } from '../../renderer/app/LangToggle.js';
import { LoginError, type OfficerSession } from '../../renderer/auth/officerSession.js';
import { useI18n } from '../../renderer/i18n/I18nContext.js';
import { useConsoleText } from '../i18n/ConsoleText.js';

type Props = { serverUrl: string; onSignedIn(session: OfficerSession): void };

export function SetupScreen({ serverUrl, onSignedIn }: Props) {
  const c = useConsoleText();
  const { ui, error: errorText } = useI18n();
  const [form, setForm] = useState({ token: '', username: '', displayName: '', staffId: '', password: '' });
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const problem = form.password ? passwordProblem(form.username, form.password) : null;
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [field]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (problem) return;
    setPending(true);
    setError(null);
    try {
      const res = await fetch(`${serverUrl}/api/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...form, token: form.token.trim(), username: form.username.trim() }),
      });
      const body = (await res.json()) as { ok: boolean; code?: string } & OfficerSession;
      if (!body.ok) {
        const code = (ERROR_CODES as readonly string[]).includes(body.code ?? '')
          ? (body.code as ErrorCode)
          : 'INTERNAL';
        throw new LoginError(code, `setup refused: ${code}`);
      }
      onSignedIn({ token: body.token, officer: body.officer });
    } catch (err) {
      setError(err instanceof LoginError ? err : new LoginError('NETWORK', String(err)));
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
          <input id="setup-token" required autoComplete="off" value={form.token} onChange={set('token')} />
          <label htmlFor="setup-username">{c('officers.username')}</label>
          <input
            id="setup-username"
            required
            pattern="[a-z0-9._\-]{3,32}"
            value={form.username}
            onChange={set('username')}
          />
          <label htmlFor="setup-name">{c('officers.displayName')}</label>
          <input id="setup-name" required value={form.displayName} onChange={set('displayName')} />
          <label htmlFor="setup-staff-id">{c('officers.staffId')}</label>
          <input id="setup-staff-id" required value={form.staffId} onChange={set('staffId')} />
          <label htmlFor="setup-password">{ui('password.new')}</label>
          <input
            id="setup-password"
            type="password"
            required
            autoComplete="new-password"
            aria-invalid={problem !== null}
            aria-describedby="setup-password-rule"
            value={form.password}
            onChange={set('password')}
          />
          <p id="setup-password-rule" className={problem ? 'error' : 'hint'}>
            {problem ? ui(`password.${problem}`) : c('setup.passwordRule')}
          </p>
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
