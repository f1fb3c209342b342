// A new officer account with a temporary password, checked against the branch's rule as typed;
// the officer chooses their own at first sign-in.

import { AdminEvents, type Role } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useState, type FormEvent } from 'react';
import { ErrorText } from '../../renderer/connection/ErrorText.js';
import { useAction } from '../../renderer/connection/useAction.js';
import type { AdminSocket } from '../connection/useAdminConnection.js';
import { useConsoleText } from '../i18n/ConsoleText.js';
import { AccountFields, draftPasswordProblem, EMPTY_ACCOUNT } from './AccountFields.js';

const ROLES: readonly Role[] = ['cso', 'supervisor', 'admin'];

export function NewOfficerForm({ socket, onCreated }: { socket: AdminSocket; onCreated(): void }) {
  const c = useConsoleText();
  const [draft, setDraft] = useState(EMPTY_ACCOUNT);
  const [role, setRole] = useState<Role>('cso');
  const [created, setCreated] = useState<string | null>(null);
  const create = useAction();
  const problem = draftPasswordProblem(draft);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (problem) return;
    const username = draft.username.trim();
    const r = await create.run(() =>
      request(socket, AdminEvents.createOfficer, { ...draft, username, role }),
    );
    if (!r.ok) return;
    setCreated(username);
    setDraft(EMPTY_ACCOUNT);
    onCreated();
  };

  return (
    <section className="new-officer" aria-labelledby="new-officer-heading">
      <h2 id="new-officer-heading">{c('officers.new')}</h2>
      <form onSubmit={(e) => void submit(e)} className="grid-form">
        <AccountFields
          idPrefix="officer"
          draft={draft}
          onChange={setDraft}
          passwordLabel={c('officers.password')}
          passwordHint={c('officers.passwordHint')}
          passwordVisible
        >
          <label htmlFor="officer-role">{c('officers.role')}</label>
          <select id="officer-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {c(`role.${r}`)}
              </option>
            ))}
          </select>
        </AccountFields>
        <button type="submit" className="primary" disabled={create.pending || problem !== null}>
          {c('officers.create')}
        </button>
      </form>
      <ErrorText error={create.error} />
      {created ? (
        <p className="notice" role="status">
          {c('officers.created', { username: created })}
        </p>
      ) : null}
    </section>
  );
}
