// The CSO's decision, with the claim reference large enough to copy or photograph. A pending
// claim also says what to bring (with pictures) and by when, and offers the summary to take
// home: a QR code, and a printed slip where the booth has a receipt printer. "Selesai" closes
// the visit and wipes the booth for the next participant.

import { useState } from 'react';
import type { BoothOutcome } from '@bilik/shared';
import { useSpokenPrompt } from '../a11y/speech.js';
import { bridge } from '../bridge/index.js';
import { DocumentPictogram } from '../components/DocumentPictogram.js';
import { ReferenceQr } from '../components/ReferenceQr.js';
import { ScreenBody } from '../components/ScreenBody.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { documentLabel } from '../i18n/text.js';
import { useKiosk } from '../state/KioskContext.js';
import { formatBringBy, pendingQrText, pendingSlip, type PendingSummary } from './outcomeSummary.js';

type PrintState = 'idle' | 'printing' | 'printed' | 'failed';

export function OutcomeScreen({ outcome }: { outcome: BoothOutcome }) {
  const { tr, state, speak, endVisit } = useKiosk();
  const lang = state.prefs.lang;
  const title = tr(`outcome.title.${outcome.decision}`);
  const body = tr(`outcome.${outcome.decision}`);
  const bringBy = state.view?.pendingBringBy ?? null;
  const date = bringBy ? formatBringBy(lang, bringBy) : null;
  useSpokenPrompt(speak, [title, body, date ? tr('outcome.bringBy', { date }) : ''].join('. '));
  const pending: PendingSummary | null =
    outcome.decision === 'pending'
      ? { reference: outcome.reference, missing: outcome.missing, bringBy }
      : null;

  return (
    <section className={`screen outcome outcome-${outcome.decision}`}>
      <ScreenHeading>{title}</ScreenHeading>
      <ScreenBody className="outcome-body">
        <div className="outcome-main">
          <p className="lead">{body}</p>
          {pending && (
            <ul className="missing">
              {pending.missing.map((kind) => (
                <li key={kind} data-document={kind}>
                  <DocumentPictogram kind={kind} />
                  <span>{documentLabel(lang, kind)}</span>
                </li>
              ))}
            </ul>
          )}
          {date && (
            <div className="bring-by">
              <p className="bring-by-date">{tr('outcome.bringBy', { date })}</p>
              <p className="hint">{tr('outcome.bringByNote')}</p>
            </div>
          )}
          {outcome.decision === 'rejected' && outcome.reason && (
            <blockquote className="reason">{outcome.reason}</blockquote>
          )}
        </div>
        <div className="reference-block">
          <dl className="reference">
            <dt>{tr('outcome.reference')}</dt>
            <dd className="reference-value">{outcome.reference}</dd>
          </dl>
          {pending ? (
            <figure className="summary">
              <ReferenceQr value={pendingQrText(lang, pending)} label={tr('outcome.summaryQr')} />
              <figcaption className="hint">{tr('outcome.summaryHint')}</figcaption>
              <PrintSlip summary={pending} />
            </figure>
          ) : (
            <ReferenceQr
              value={outcome.reference}
              label={tr('outcome.qrLabel', { reference: outcome.reference })}
            />
          )}
        </div>
      </ScreenBody>
      <div className="screen-actions">
        <button type="button" className="primary huge" onClick={() => void endVisit()}>
          {tr('outcome.finish')}
        </button>
        <p className="hint">{tr('outcome.privacy')}</p>
      </div>
    </section>
  );
}

/** Only where the booth app has a receipt printer; the browser build has no print button. */
function PrintSlip({ summary }: { summary: PendingSummary }) {
  const { tr, state, config } = useKiosk();
  const [print, setPrint] = useState<PrintState>('idle');
  const printReceipt = bridge.printReceipt;
  if (!printReceipt || !config.receiptPrinter) return null;
  const run = async () => {
    setPrint('printing');
    const result = await printReceipt(pendingSlip(state.prefs.lang, summary)).catch(() => ({ ok: false }));
    setPrint(result.ok ? 'printed' : 'failed');
  };
  return (
    <div className="print-slip">
      <button type="button" disabled={print === 'printing'} onClick={() => void run()}>
        {tr(print === 'printing' ? 'outcome.printing' : 'outcome.print')}
      </button>
      {print === 'printed' && <p role="status">{tr('outcome.printed')}</p>}
      {print === 'failed' && (
        <p className="error" role="alert">
          {tr('outcome.printFailed')}
        </p>
      )}
    </div>
  );
}
