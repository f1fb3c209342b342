// The claim decision: approve, pending (with what is missing), reject (with a reason) or
// escalate to the supervisor. Confirmed in a dialog; shown as done only once the server acks,
// which it does after the decision and its audit row are committed.

import { OfficerEvents, type BoothOutcome, type Decision } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useId, useState } from 'react';
import { ConfirmDialog } from '../app/ConfirmDialog.js';
import { ErrorText } from '../connection/ErrorText.js';
import { useAction } from '../connection/useAction.js';
import { useDesk } from '../desk/DeskContext.js';
import { useI18n } from '../i18n/I18nContext.js';
import { documentLabel } from '../i18n/translate.js';
import type { ChecklistRow } from '../verify/checklist.js';
import { missingDocuments } from '../verify/checklist.js';
import { validateDecision, type DecidePayload, type DraftProblem } from './decisionForm.js';
import { MissingPicker } from './MissingPicker.js';

const DECISIONS: readonly Decision[] = ['approved', 'pending', 'rejected', 'escalated'];

type Props = { sessionId: string; participant: string; decided: boolean; rows: readonly ChecklistRow[] };

export function DecisionPanel({ sessionId, participant, decided, rows }: Props) {
  const { ui, lang } = useI18n();
  const { socket } = useDesk();
  const ids = { reason: useId(), problem: useId() };
  const unverified = missingDocuments(rows);
  const [decision, setDecision] = useState<Decision>('approved');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const [confirming, setConfirming] = useState<DecidePayload | null>(null);
  const [outcome, setOutcome] = useState<BoothOutcome | null>(null);
  const decide = useAction();

  const choose = (d: Decision) => {
    setDecision(d);
    setProblem(null);
    // Pending starts from what is still unverified, as the checklist stands now.
    if (d === 'pending') setMissing(unverified);
  };

  const review = () => {
    const checked = validateDecision({ decision, reason, missing });
    setProblem(checked.ok ? null : checked.problem);
    if (checked.ok) setConfirming(checked.payload);
  };

  const commit = async (payload: DecidePayload) => {
    const r = await decide.run(() =>
      request<{ outcome: BoothOutcome }>(socket, OfficerEvents.decide, { sessionId, ...payload }),
    );
    setConfirming(null);
    if (r.ok) setOutcome(r.value.outcome);
  };

  return (
    <section className="decision" aria-labelledby="decision-heading">
      <h3 id="decision-heading">{ui('decision.heading')}</h3>
      {decided && !outcome ? <p className="outcome">{ui('decision.alreadyDecided')}</p> : null}
      {outcome ? (
        <p className={`outcome outcome-${outcome.decision}`} role="status" data-outcome={outcome.decision}>
          {ui('decision.done', {
            decision: ui(`decision.${outcome.decision}`),
            reference: outcome.reference,
          })}
        </p>
      ) : null}
      <fieldset className="decision-options">
        <legend>{ui('decision.choose')}</legend>
        {DECISIONS.map((d) => (
          <label key={d}>
            <input
              type="radio"
              name={`decision-${sessionId}`}
              value={d}
              checked={decision === d}
              onChange={() => choose(d)}
            />
            {ui(`decision.${d}`)}
          </label>
        ))}
      </fieldset>
      {decision === 'pending' ? <MissingPicker rows={rows} selected={missing} onChange={setMissing} /> : null}
      {decision !== 'approved' ? (
        <>
          <label htmlFor={ids.reason}>
            {ui(decision === 'rejected' ? 'decision.reasonRequired' : 'decision.reasonOptional')}
          </label>
          <textarea
            id={ids.reason}
            rows={2}
            maxLength={1000}
            value={reason}
            aria-invalid={problem === 'decision.problem.reasonRequired'}
            aria-describedby={problem ? ids.problem : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
        </>
      ) : null}
      {problem ? (
        <p id={ids.problem} className="error" role="alert">
          {ui(problem)}
        </p>
      ) : null}
      <button type="button" className="primary" onClick={review} disabled={decide.pending}>
        {ui('decision.submit')}
      </button>
      <ErrorText error={decide.error} />
      <ConfirmDialog
        open={confirming !== null}
        title={ui('decision.confirmTitle')}
        confirmLabel={ui('decision.confirm', {
          decision: ui(`decision.${confirming?.decision ?? decision}`),
        })}
        pending={decide.pending}
        onConfirm={() => confirming && void commit(confirming)}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {ui('decision.confirmBody', {
            decision: ui(`decision.${confirming?.decision ?? decision}`),
            name: participant,
          })}
        </p>
        {confirming?.reason ? <p>{ui('decision.confirmReason', { reason: confirming.reason })}</p> : null}
        {confirming?.decision === 'pending' ? (
          <p>
            {ui('decision.confirmMissing', {
              documents: confirming.missing.map((k) => documentLabel(lang, k)).join(', '),
            })}
          </p>
        ) : null}
        {confirming?.decision === 'approved' && unverified.length > 0 ? (
          <p className="warning">
            {ui('decision.unverifiedWarning', {
              documents: unverified.map((k) => documentLabel(lang, k)).join(', '),
            })}
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
