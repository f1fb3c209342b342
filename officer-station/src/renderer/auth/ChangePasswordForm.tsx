// A first login, or the first after branch IT reset the password: the account must choose its
// own password (the branch's rule: at least 10 characters, not the username) before signing in.

import { passwordProblem, type PasswordProblem } from '@bilik/shared';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nContext.js';
import type { UiKey } from '../i18n/translate.js';
import { changePassword, type OfficerSession } from './officerSession.js';

type Props = {
  serverUrl: string;
  username: string;
  /** The temporary password that was just accepted. */
  password: string;
  onSignedIn(session: OfficerSession): void;
  onCancel(): void;
};

const PROBLEM: Record<PasswordProblem, UiKey> = {
  tooShort: 'password.tooShort',
  tooLong: 'password.tooLong',
  sameAsUsername: 'password.sameAsUsername',
};

export function ChangePasswordForm({ serverUrl, username, password, onSignedIn, onCancel }: Props) {
  const { ui, error: errorText } = useI18n();
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<UiKey | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const rule = passwordProblem(username, next);
    const found: UiKey | null = rule
      ? PROBLEM[rule]
      : next === password
        ? 'password.unchanged'
        : next !== repeat
          ? 'password.mismatch'
          : null;
    setProblem(found);
    if (found) return;
    setPending(true);
    try {
      onSignedIn(await changePassword(serverUrl, { username, password, newPassword: next }));
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-busy={pending} aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">{ui('password.heading')}</h2>
      <p id="change-password-rule">{ui('password.rule')}</p>
      <label htmlFor="new-password">{ui('password.new')}</label>
      <input
        id="new-password"
        type="password"
        autoComplete="new-password"
        required
        aria-describedby="change-password-rule"
        aria-invalid={problem !== null && problem !== 'password.mismatch'}
        value={next}
        onChange={(e) => setNext(e.target.value)}
      />
      <label htmlFor="repeat-password">{ui('password.repeat')}</label>
      <input
        id="repeat-password"
        type="password"
        autoComplete="new-password"
        required
        aria-invalid={problem === 'password.mismatch'}
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
      />
      {problem || error ? (
        <p className="error" role="alert">
          {problem ? ui(problem) : errorText(error)}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={pending}>
        {ui('password.submit')}
      </button>
      <button type="button" onClick={onCancel}>
        {ui('password.cancel')}
      </button>
    </form>
  );
}
