// A new officer account with a temporary password, checked against the branch's rule as typed;
// the officer chooses their own at first sign-in.

import { AdminEvents, passwordProblem, type Role } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useState, type FormEvent } from 'react';
import { ErrorText } from '../../renderer/connection/ErrorText.js';
import { useAction } from '../../renderer/connection/useAction.js';
import { useI18n } from '../../renderer/i18n/I18nContext.js';
import type { AdminSocket } from '../connection/useAdminConnection.js';
import { useConsoleText } from '../i18n/ConsoleText.js';

const EMPTY = { username: '', displayName: '', staffId: '', password: '', role: 'cso' as Role };
const ROLES: readonly Role[] = ['cso', 'supervisor', 'admin'];

export function NewOfficerForm({ socket, onCreated }: { socket: AdminSocket; onCreated(): void }) {
  const c = useConsoleText();
  const { ui } = useI18n();
  const [form, setForm] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const create = useAction();
  const problem = form.password ? passwordProblem(form.username, form.password) : null;
  const set = (field: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm({ ...form, [field]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (problem) return;
    const r = await create.run(() =>
      request(socket, AdminEvents.createOfficer, { ...form, username: form.username.trim() }),
    );
    if (!r.ok) return;
    setCreated(form.username.trim());
    setForm(EMPTY);
    onCreated();
  };

  return (
    <section className="new-officer" aria-labelledby="new-officer-heading">
      <h2 id="new-officer-heading">{c('officers.new')}</h2>
      <form onSubmit={(e) => void submit(e)} className="grid-form">
        <label htmlFor="officer-username">{c('officers.username')}</label>
        <input
          id="officer-username"
          required
          pattern="[a-z0-9._\-]{3,32}"
          value={form.username}
          onChange={set('username')}
        />
        <label htmlFor="officer-name">{c('officers.displayName')}</label>
        <input
          id="officer-name"
          required
          maxLength={80}
          value={form.displayName}
          onChange={set('displayName')}
        />
        <label htmlFor="officer-staff-id">{c('officers.staffId')}</label>
        <input id="officer-staff-id" required maxLength={32} value={form.staffId} onChange={set('staffId')} />
        <label htmlFor="officer-role">{c('officers.role')}</label>
        <select id="officer-role" value={form.role} onChange={set('role')}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {c(`role.${r}`)}
            </option>
          ))}
        </select>
        <label htmlFor="officer-password">{c('officers.password')}</label>
        <input
          id="officer-password"
          required
          autoComplete="new-password"
          aria-invalid={problem !== null}
          aria-describedby="officer-password-hint"
          value={form.password}
          onChange={set('password')}
        />
        <p id="officer-password-hint" className={problem ? 'error' : 'hint'}>
          {problem ? ui(`password.${problem}`) : c('officers.passwordHint')}
        </p>
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
