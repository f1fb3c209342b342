// Branch IT enrolls a booth once: the code comes from `?enroll=CODE` (then this screen submits it
// by itself), from the console's enrollment QR held to the barcode reader, or is typed here.
// Also shown, with a reason, when the server refuses the token.

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { bridge } from '../bridge/index.js';
import { enrollBooth } from '../connection/enroll.js';
import { enrollCodeFromScan } from '../connection/enrollCode.js';
import { errorText, type Translate } from '../i18n/text.js';
import type { DeviceRecord } from '../state/deviceStore.js';
import type { Lang } from '@bilik/shared';
import { RequestError } from '@bilik/shared/client';
import { ScreenHeading } from '../components/ScreenHeading.js';

const MIN_CODE_LENGTH = 6;

export function EnrollScreen({
  serverUrl,
  initialCode,
  refused,
  lang,
  tr,
  onEnrolled,
}: {
  serverUrl: string;
  initialCode: string | null;
  refused: boolean;
  lang: Lang;
  tr: Translate;
  onEnrolled(device: DeviceRecord): void;
}) {
  const [code, setCode] = useState(initialCode ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(refused ? 'refused' : null);
  const autoSubmitted = useRef(false);

  const submit = async (value: string) => {
    if (value.trim().length < MIN_CODE_LENGTH) return setProblem('short');
    setBusy(true);
    setProblem(null);
    const result = await enrollBooth(serverUrl, value);
    setBusy(false);
    if (result.ok) onEnrolled(result.device);
    else setProblem(result.code);
  };

  // A code in the URL (`?enroll=`) is submitted once, without anyone touching the booth.
  useEffect(() => {
    if (initialCode && !refused && !autoSubmitted.current) {
      autoSubmitted.current = true;
      void submit(initialCode);
    }
  }, []);

  // The console's QR on a phone or a print-out, scanned by the booth's reader, enrolls it at once.
  const submitScan = useRef(submit);
  useEffect(() => {
    submitScan.current = submit;
  });
  useEffect(
    () =>
      bridge.onScan((scanned) => {
        const scannedCode = enrollCodeFromScan(scanned.text);
        if (!scannedCode) return;
        setCode(scannedCode);
        void submitScan.current(scannedCode);
      }),
    [],
  );

  const message = (() => {
    switch (problem) {
      case null:
        return null;
      case 'refused':
        return tr('enroll.refused');
      case 'short':
        return tr('enroll.codeTooShort');
      case 'NOT_FOUND':
        return tr('enroll.codeUnknown');
      case 'NETWORK':
        return tr('enroll.network');
      default:
        return errorText(lang, new RequestError(problem as RequestError['code'], problem));
    }
  })();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(code);
  };
  return (
    <section className="screen enroll">
      <ScreenHeading>{tr('enroll.title')}</ScreenHeading>
      <p>{tr('enroll.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor="enroll-code">{tr('enroll.codeLabel')}</label>
        <input
          id="enroll-code"
          value={code}
          autoComplete="off"
          spellCheck={false}
          maxLength={32}
          aria-invalid={message !== null}
          aria-describedby={message ? 'enroll-problem' : undefined}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
        />
        {message && (
          <p id="enroll-problem" className="error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? tr('enroll.working') : tr('enroll.submit')}
        </button>
      </form>
    </section>
  );
}
