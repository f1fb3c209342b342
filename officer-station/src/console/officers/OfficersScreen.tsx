// Branch IT's officer accounts: create one, and disable, enable or reset the password of any
// other. Disabling and resetting sign the officer out everywhere at once (the server does it).

import { AdminEvents, type OfficerAccountView } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useCallback, useEffect, useState } from 'react';
import { ErrorText } from '../../renderer/connection/ErrorText.js';
import { useAction } from '../../renderer/connection/useAction.js';
import type { AdminSocket } from '../connection/useAdminConnection.js';
import { TableHead } from '../app/TableHead.js';
import { useConsoleText } from '../i18n/ConsoleText.js';
import { NewOfficerForm } from './NewOfficerForm.js';
import { ResetPasswordDialog } from './ResetPasswordDialog.js';

export function OfficersScreen({ socket, me }: { socket: AdminSocket; me: string }) {
  const c = useConsoleText();
  const [officers, setOfficers] = useState<OfficerAccountView[] | null>(null);
  const [resetting, setResetting] = useState<OfficerAccountView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();

  const reload = useCallback(() => {
    void request(socket, AdminEvents.listOfficers, {}).then(
      (r) => setOfficers(r.officers),
      () => setOfficers([]),
    );
  }, [socket]);
  useEffect(reload, [reload]);

  const setDisabled = async (o: OfficerAccountView, disabled: boolean) => {
    setDone(null);
    const r = await action.run(() =>
      request(socket, AdminEvents.setOfficerDisabled, { officerId: o.officerId, disabled }),
    );
    if (r.ok) reload();
  };

  return (
    <div className="console-section officers">
      <h2 className="visually-hidden">{c('officers.heading')}</h2>
      <NewOfficerForm socket={socket} onCreated={reload} />
      <section aria-labelledby="officer-list-heading">
        <h2 id="officer-list-heading">{c('officers.list', { count: officers?.length ?? 0 })}</h2>
        <ErrorText error={action.error} />
        {done ? (
          <p className="notice" role="status">
            {done}
          </p>
        ) : null}
        <table className="console-table officer-table">
          <TableHead
            columns={[
              'officers.col.name',
              'officers.col.username',
              'officers.col.role',
              'officers.col.status',
              'officers.col.actions',
            ]}
          />
          <tbody>
            {(officers ?? []).map((o) => (
              <tr key={o.officerId} data-username={o.username} data-disabled={o.disabled}>
                <th scope="row">
                  {o.displayName} · {o.staffId}
                </th>
                <td>
                  {o.username}
                  {o.username === me ? ` (${c('officers.you')})` : null}
                </td>
                <td>{c(`role.${o.role}`)}</td>
                <td>
                  <span className={`status ${o.disabled ? 'bad' : 'good'}`}>
                    {c(o.disabled ? 'officers.disabledState' : 'officers.active')}
                  </span>
                  {o.mustChangePassword ? ` · ${c('officers.mustChange')}` : null}
                  {o.lockedUntil && Date.parse(o.lockedUntil) > Date.now()
                    ? ` · ${c('officers.locked', { time: new Date(o.lockedUntil).toLocaleTimeString('id-ID') })}`
                    : null}
                </td>
                <td>
                  {o.username === me ? null : (
                    <div className="actions">
                      <button
                        type="button"
                        onClick={() => void setDisabled(o, !o.disabled)}
                        disabled={action.pending}
                      >
                        {c(o.disabled ? 'officers.enable' : 'officers.disable', { name: o.displayName })}
                      </button>
                      <button type="button" onClick={() => setResetting(o)}>
                        {c('officers.reset', { name: o.displayName })}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ResetPasswordDialog
        socket={socket}
        officer={resetting}
        onClose={(didReset) => {
          if (didReset && resetting) {
            setDone(c('officers.resetDone', { name: resetting.displayName }));
            reload();
          }
          setResetting(null);
        }}
      />
    </div>
  );
}
