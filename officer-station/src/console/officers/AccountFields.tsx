// The fields of a new account, the same for branch IT's new officer and the first run's first
// admin: username, name, staff ID and a password checked against the branch's rule as typed.

import { passwordProblem, type PasswordProblem } from '@bilik/shared';
import type { ReactNode } from 'react';
import { useI18n } from '../../renderer/i18n/I18nContext.js';
import { useConsoleText } from '../i18n/ConsoleText.js';

export type AccountDraft = { username: string; displayName: string; staffId: string; password: string };
export const EMPTY_ACCOUNT: AccountDraft = { username: '', displayName: '', staffId: '', password: '' };

/** Why the typed password cannot be used yet; null while empty (the field is required anyway). */
export function draftPasswordProblem(draft: AccountDraft): PasswordProblem | null {
  return draft.password ? passwordProblem(draft.username, draft.password) : null;
}

type Props = {
  idPrefix: string;
  draft: AccountDraft;
  onChange(draft: AccountDraft): void;
  passwordLabel: string;
  passwordHint: string;
  /** A temporary password is shown as typed (branch IT hands it over); one's own is hidden. */
  passwordVisible: boolean;
  /** Fields between the staff ID and the password (the role, for branch IT). */
  children?: ReactNode;
};

export function AccountFields({
  idPrefix,
  draft,
  onChange,
  passwordLabel,
  passwordHint,
  passwordVisible,
  children,
}: Props) {
  const c = useConsoleText();
  const { ui } = useI18n();
  const problem = draftPasswordProblem(draft);
  const field = (name: keyof AccountDraft) => ({
    id: `${idPrefix}-${name}`,
    required: true,
    value: draft[name],
    onChange: (e: { target: { value: string } }) => onChange({ ...draft, [name]: e.target.value }),
  });
  return (
    <>
      <label htmlFor={`${idPrefix}-username`}>{c('officers.username')}</label>
      <input {...field('username')} pattern="[a-z0-9._\-]{3,32}" autoComplete="off" />
      <label htmlFor={`${idPrefix}-displayName`}>{c('officers.displayName')}</label>
      <input {...field('displayName')} maxLength={80} />
      <label htmlFor={`${idPrefix}-staffId`}>{c('officers.staffId')}</label>
      <input {...field('staffId')} maxLength={32} />
      {children}
      <label htmlFor={`${idPrefix}-password`}>{passwordLabel}</label>
      <input
        {...field('password')}
        type={passwordVisible ? 'text' : 'password'}
        autoComplete="new-password"
        aria-invalid={problem !== null}
        aria-describedby={`${idPrefix}-password-hint`}
      />
      <p id={`${idPrefix}-password-hint`} className={problem ? 'error' : 'hint'}>
        {problem ? ui(`password.${problem}`) : passwordHint}
      </p>
    </>
  );
}
