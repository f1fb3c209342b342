// Branch IT's booths: enroll one, and the list of every booth with its health as its heartbeat
// reports it, pushed by the server; a booth can be revoked from here.

import { AdminEvents, type BoothStatusView, type DeviceState } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useState } from 'react';
import { ConfirmDialog } from '../../renderer/app/ConfirmDialog.js';
import { ErrorText } from '../../renderer/connection/ErrorText.js';
import { useAction } from '../../renderer/connection/useAction.js';
import type { AdminSocket } from '../connection/useAdminConnection.js';
import { TableHead } from '../app/TableHead.js';
import { useConsoleText, type ConsoleText } from '../i18n/ConsoleText.js';
import { EnrollPanel } from './EnrollPanel.js';

type Props = { socket: AdminSocket; booths: BoothStatusView[] | undefined; serverUrl: string };

const byName = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

export function BoothsScreen({ socket, booths, serverUrl }: Props) {
  const c = useConsoleText();
  const [revoking, setRevoking] = useState<BoothStatusView | null>(null);
  const revoke = useAction();
  const list = [...(booths ?? [])].sort((a, b) => byName.compare(a.name, b.name));

  const confirmRevoke = async () => {
    if (!revoking) return;
    const r = await revoke.run(() => request(socket, AdminEvents.revokeBooth, { boothId: revoking.boothId }));
    if (r.ok) setRevoking(null);
  };

  return (
    <div className="console-section booths">
      <h2 className="visually-hidden">{c('booths.heading')}</h2>
      <EnrollPanel socket={socket} serverUrl={serverUrl} />
      <section aria-labelledby="booth-list-heading">
        <h2 id="booth-list-heading">{c('booths.list', { count: list.length })}</h2>
        {booths === undefined ? <p role="status">{c('console.loading')}</p> : null}
        <ErrorText error={revoke.error} />
        <table className="console-table booth-table">
          <TableHead
            columns={[
              'booths.col.name',
              'booths.col.status',
              'booths.col.lastSeen',
              'booths.col.version',
              'booths.col.camera',
              'booths.col.documentCamera',
              'booths.col.barcodeReader',
              'booths.col.actions',
            ]}
          />
          <tbody>
            {list.map((b) => (
              <tr key={b.boothId} data-booth-id={b.boothId} data-online={b.online}>
                <th scope="row">{b.name}</th>
                <td>
                  <span className={`status ${statusClass(b)}`}>{statusText(c, b)}</span>
                </td>
                <td>{b.lastSeenAt ? new Date(b.lastSeenAt).toLocaleString('id-ID') : c('booths.never')}</td>
                <td>{b.appVersion ?? '–'}</td>
                <td>{device(c, b.camera)}</td>
                <td>{device(c, b.documentCamera)}</td>
                <td>{device(c, b.barcodeReader)}</td>
                <td>
                  {b.revoked ? null : (
                    <button type="button" className="danger" onClick={() => setRevoking(b)}>
                      {c('booths.revoke', { name: b.name })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ConfirmDialog
        open={revoking !== null}
        title={c('booths.revokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={c('booths.revokeConfirm')}
        pending={revoke.pending}
        onConfirm={() => void confirmRevoke()}
        onCancel={() => setRevoking(null)}
      >
        <p>{c('booths.revokeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

function statusClass(b: BoothStatusView): string {
  if (b.revoked) return 'bad';
  if (!b.enrolled) return 'muted';
  return b.online ? 'good' : 'warn';
}

function statusText(c: ConsoleText, b: BoothStatusView): string {
  if (b.revoked) return c('booths.revoked');
  if (!b.enrolled) return c('booths.notEnrolled');
  return c(b.online ? 'booths.online' : 'booths.offline');
}

function device(c: ConsoleText, state: DeviceState | null) {
  if (state === null) return '–';
  return <span className={`device device-${state}`}>{c(`device.${state}`)}</span>;
}
