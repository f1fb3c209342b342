// A temporary password for an officer who forgot theirs (or whose account was taken over): the
// branch's rule checked as typed; the server signs them out and asks for a new one at sign-in.

import { AdminEvents, passwordProblem, type OfficerAccountView } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useState } from 'react';
import { ConfirmDialog } from '../../renderer/app/ConfirmDialog.js';
import { ErrorText } from '../../renderer/connection/ErrorText.js';
import { useAction } from '../../renderer/connection/useAction.js';
import { useI18n } from '../../renderer/i18n/I18nContext.js';
import type { AdminSocket } from '../connection/useAdminConnection.js';
import { useConsoleText } from '../i18n/ConsoleText.js';

type Props = { socket: AdminSocket; officer: OfficerAccountView | null; onClose(didReset: boolean): void };

export function ResetPasswordDialog({ socket, officer, onClose }: Props) {
  const c = useConsoleText();
  const { ui } = useI18n();
  const [password, setPassword] = useState('');
  const reset = useAction();
  const problem = officer && password ? passwordProblem(officer.username, password) : null;

  const close = (didReset: boolean) => {
    setPassword('');
    reset.clearError();
    onClose(didReset);
  };
  const confirm = async () => {
    if (!officer || problem || !password) return;
    const r = await reset.run(() =>
      request(socket, AdminEvents.resetOfficerPassword, { officerId: officer.officerId, password }),
    );
    if (r.ok) close(true);
  };

  return (
    <ConfirmDialog
      open={officer !== null}
      title={c('officers.resetTitle', { name: officer?.displayName ?? '' })}
      confirmLabel={c('officers.resetConfirm')}
      pending={reset.pending}
      onConfirm={() => void confirm()}
      onCancel={() => close(false)}
    >
      <p>{c('officers.resetBody', { name: officer?.displayName ?? '' })}</p>
      <label htmlFor="reset-password">{c('officers.password')}</label>
      <input
        id="reset-password"
        autoComplete="new-password"
        aria-invalid={problem !== null}
        aria-describedby="reset-password-hint"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <p id="reset-password-hint" className={problem ? 'error' : 'hint'}>
        {problem ? ui(`password.${problem}`) : c('officers.passwordHint')}
      </p>
      <ErrorText error={reset.error} />
    </ConfirmDialog>
  );
}
