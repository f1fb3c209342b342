// Enrolling a booth: branch IT names it, gets a one-time code, and shows it to the booth as a QR
// of the booth's enroll link (its code reader, or a phone opening the link at the booth), as the
// link itself, and as the code to type.

import { AdminEvents } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useState, type FormEvent } from 'react';
import { renderSVG } from 'uqr';
import { ErrorText } from '../../renderer/connection/ErrorText.js';
import { useAction } from '../../renderer/connection/useAction.js';
import type { AdminSocket } from '../connection/useAdminConnection.js';
import { useConsoleText } from '../i18n/ConsoleText.js';

type Issued = { boothName: string; code: string; expiresAt: string; url: string };

export function EnrollPanel({ socket, serverUrl }: { socket: AdminSocket; serverUrl: string }) {
  const c = useConsoleText();
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<Issued | null>(null);
  const issue = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const boothName = name.trim();
    const r = await issue.run(() => request(socket, AdminEvents.issueEnrollmentCode, { boothName }));
    if (!r.ok) return;
    const url = `${serverUrl}/kiosk/?enroll=${encodeURIComponent(r.value.code)}`;
    setIssued({ boothName, code: r.value.code, expiresAt: r.value.expiresAt, url });
    setName('');
  };

  return (
    <section className="enroll-panel" aria-labelledby="enroll-heading">
      <h2 id="enroll-heading">{c('booths.enroll')}</h2>
      <form onSubmit={(e) => void submit(e)} className="inline-form">
        <label htmlFor="enroll-booth-name">{c('booths.name')}</label>
        <input
          id="enroll-booth-name"
          required
          maxLength={60}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="primary" disabled={issue.pending}>
          {c('booths.issue')}
        </button>
      </form>
      <ErrorText error={issue.error} />
      {issued ? <IssuedCode issued={issued} /> : null}
    </section>
  );
}

function IssuedCode({ issued }: { issued: Issued }) {
  const c = useConsoleText();
  // Medium error correction: read off a laptop screen by a booth's reader or a phone camera.
  const svg = renderSVG(issued.url, {
    ecc: 'M',
    border: 4,
    pixelSize: 8,
    whiteColor: '#ffffff',
    blackColor: '#000000',
  });
  const time = new Date(issued.expiresAt).toLocaleString('id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <div className="issued-code" data-enroll-url={issued.url}>
      <h3>{c('booths.codeFor', { name: issued.boothName })}</h3>
      <img
        className="enroll-qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
        alt={c('booths.qrAlt', { name: issued.boothName, url: issued.url })}
      />
      <p className="enroll-code" aria-live="polite">
        {issued.code}
      </p>
      <p className="enroll-url">{issued.url}</p>
      <p>{c('booths.codeHint', { time })}</p>
    </div>
  );
}
