// Branch IT's checks on the server itself: the audit chain verified on demand with its result in
// words, a database backup to download, and the certificate the booths pin.

import { AdminEvents, type AuditVerification, type ServerInfo } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useEffect, useState } from 'react';
import { ErrorText } from '../../renderer/connection/ErrorText.js';
import { useAction } from '../../renderer/connection/useAction.js';
import { downloadWithToken } from '../connection/download.js';
import type { AdminSocket } from '../connection/useAdminConnection.js';
import { useConsoleText } from '../i18n/ConsoleText.js';

type Props = { socket: AdminSocket; serverUrl: string; token: string };

const day = (iso: string) => new Date(iso).toLocaleDateString('id-ID', { dateStyle: 'long' });

export function SystemScreen({ socket, serverUrl, token }: Props) {
  const c = useConsoleText();
  const [audit, setAudit] = useState<{ result: AuditVerification; at: Date } | null>(null);
  const [server, setServer] = useState<ServerInfo | null>(null);
  const [backup, setBackup] = useState<string | null>(null);
  const verify = useAction();
  const download = useAction();
  const info = useAction();

  useEffect(() => {
    void info
      .run(() => request(socket, AdminEvents.serverInfo, {}))
      .then((r) => r.ok && setServer(r.value.server));
  }, [socket, info.run]);

  const runVerify = async () => {
    const r = await verify.run(() => request(socket, AdminEvents.verifyAudit, {}));
    if (r.ok) setAudit({ result: r.value.audit, at: new Date() });
  };
  const runBackup = async () => {
    const r = await download.run(() => downloadWithToken(`${serverUrl}/api/admin/backup`, token));
    if (r.ok) setBackup(r.value.fileName);
  };

  return (
    <div className="console-section system">
      <h2 className="visually-hidden">{c('system.heading')}</h2>
      <section aria-labelledby="audit-heading" className="system-card">
        <h2 id="audit-heading">{c('system.audit')}</h2>
        <p>{c('system.auditIntro')}</p>
        <button type="button" className="primary" onClick={() => void runVerify()} disabled={verify.pending}>
          {c('system.verify')}
        </button>
        <ErrorText error={verify.error} />
        {audit ? (
          <p
            className={`audit-result ${audit.result.ok ? 'good' : 'bad'}`}
            role="status"
            data-audit-ok={audit.result.ok}
          >
            {audit.result.ok
              ? c('system.auditOk', { rows: audit.result.rows })
              : c('system.auditBad', {
                  row: audit.result.firstBadRowId ?? '?',
                  rows: audit.result.rows,
                })}{' '}
            ({audit.at.toLocaleTimeString('id-ID')})
          </p>
        ) : null}
      </section>
      <section aria-labelledby="backup-heading" className="system-card">
        <h2 id="backup-heading">{c('system.backup')}</h2>
        <p>{c('system.backupIntro')}</p>
        <button type="button" onClick={() => void runBackup()} disabled={download.pending}>
          {c('system.download')}
        </button>
        <ErrorText error={download.error} />
        {backup ? (
          <p className="notice" role="status">
            {c('system.downloaded', { file: backup })}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="tls-heading" className="system-card">
        <h2 id="tls-heading">{c('system.tls')}</h2>
        <ErrorText error={info.error} />
        {server ? (
          <dl className="server-info">
            <dt>{c('system.fingerprint')}</dt>
            <dd>
              <code data-fingerprint>{server.caFingerprint}</code>
            </dd>
            <dt>{c('system.caValid')}</dt>
            <dd>{c('system.range', { from: day(server.caValidFrom), to: day(server.caValidTo) })}</dd>
            <dt>{c('system.certValid')}</dt>
            <dd>{day(server.certValidTo)}</dd>
            <dt>{c('system.source')}</dt>
            <dd>{c(server.providedByBranchIt ? 'system.sourceProvided' : 'system.sourceBranch')}</dd>
            <dt>{c('system.names')}</dt>
            <dd>{server.names.join(', ')}</dd>
            <dt>{c('system.versions')}</dt>
            <dd>
              Node.js {server.versions.node} · mediasoup {server.versions.mediasoup}
            </dd>
          </dl>
        ) : null}
      </section>
    </div>
  );
}
