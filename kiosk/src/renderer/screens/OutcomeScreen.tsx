// The CSO's decision, with the claim reference large enough to copy or photograph. "Selesai"
// closes the visit and wipes the booth for the next participant.

import type { BoothOutcome } from '@bilik/shared';
import { useSpokenPrompt } from '../a11y/speech.js';
import { ReferenceQr } from '../components/ReferenceQr.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { documentLabel } from '../i18n/text.js';
import { useKiosk } from '../state/KioskContext.js';

export function OutcomeScreen({ outcome }: { outcome: BoothOutcome }) {
  const { tr, state, speak, endVisit } = useKiosk();
  const lang = state.prefs.lang;
  const title = tr(`outcome.title.${outcome.decision}`);
  const body = tr(`outcome.${outcome.decision}`);
  useSpokenPrompt(speak, `${title}. ${body}`);
  return (
    <section className={`screen outcome outcome-${outcome.decision}`}>
      <ScreenHeading>{title}</ScreenHeading>
      <p className="lead">{body}</p>
      {outcome.decision === 'pending' && (
        <ul className="missing">
          {outcome.missing.map((kind) => (
            <li key={kind}>{documentLabel(lang, kind)}</li>
          ))}
        </ul>
      )}
      {outcome.decision === 'rejected' && outcome.reason && (
        <blockquote className="reason">{outcome.reason}</blockquote>
      )}
      <div className="reference-block">
        <dl className="reference">
          <dt>{tr('outcome.reference')}</dt>
          <dd className="reference-value">{outcome.reference}</dd>
        </dl>
        <ReferenceQr
          value={outcome.reference}
          label={tr('outcome.qrLabel', { reference: outcome.reference })}
        />
      </div>
      <p className="hint">{tr('outcome.privacy')}</p>
      <button type="button" className="primary huge" onClick={() => void endVisit()}>
        {tr('outcome.finish')}
      </button>
    </section>
  );
}
