// The claim decision: approve, pending (with what is missing), reject (with a reason) or
// escalate to the supervisor. Confirmed in a dialog; shown as done only once the server acks,
// which it does after the decision and its audit row are committed. Approve stays blocked, with
// the reasons listed, while the shared approval gate says so; the server enforces the same gate.

import {
  OfficerEvents,
  type ApprovalBlocker,
  type BoothOutcome,
  type Decision,
  type SlotView,
} from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useId, useState } from 'react';
import { ConfirmDialog } from '../app/ConfirmDialog.js';
import { ErrorText } from '../connection/ErrorText.js';
import { useAction } from '../connection/useAction.js';
import { useDesk } from '../desk/DeskContext.js';
import { type I18n, useI18n } from '../i18n/I18nContext.js';
import { documentLabel } from '../i18n/translate.js';
import type { ChecklistRow } from '../verify/checklist.js';
import type { FactsDraft } from '../verify/participantChecks.js';
import { AmountField } from './AmountField.js';
import { groupRupiah, suggestedAmount } from './amount.js';
import { approvalReview } from './approvalReview.js';
import { validateDecision, type DecidePayload, type DraftProblem } from './decisionForm.js';
import { MissingPicker } from './MissingPicker.js';

const DECISIONS: readonly Decision[] = ['approved', 'pending', 'rejected', 'escalated'];

type Props = { session: NonNullable<SlotView['session']>; draft: FactsDraft; rows: readonly ChecklistRow[] };

export function DecisionPanel({ session, draft, rows }: Props) {
  const { ui, lang } = useI18n();
  const i18n = useI18n();
  const { socket, policy } = useDesk();
  const ids = { reason: useId(), problem: useId(), blockers: useId() };
  const { sessionId } = session;
  const participant = session.participantName ?? session.boothName;
  const decided = session.state === 'decided';
  const review = approvalReview(session, draft, policy);
  const [decision, setDecision] = useState<Decision>('approved');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const [confirming, setConfirming] = useState<DecidePayload | null>(null);
  // null until the CSO types: the field follows the suggestion (e.g. a corrected balance) till then.
  const [typedAmount, setTypedAmount] = useState<string | null>(null);
  const suggested = suggestedAmount(session, review.facts);
  const amount = typedAmount ?? (suggested === null ? '' : groupRupiah(suggested));
  const [outcome, setOutcome] = useState<BoothOutcome | null>(null);
  const decide = useAction();

  const choose = (d: Decision) => {
    setDecision(d);
    setProblem(null);
  };

  const blocked = decision === 'approved' && review.blockers.length > 0;

  const check = () => {
    const checked = validateDecision({ decision, reason, missing, amount });
    setProblem(checked.ok ? null : checked.problem);
    if (checked.ok) setConfirming(checked.payload);
  };

  const commit = async (payload: DecidePayload) => {
    const r = await decide.run(() =>
      request(socket, OfficerEvents.decide, {
        sessionId,
        ...payload,
        facts: review.facts,
        overrules: review.overrules,
      }),
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
      {decision === 'approved' ? (
        <AmountField
          value={amount}
          suggested={typedAmount === null && suggested !== null}
          invalid={problem === 'decision.problem.amountRequired'}
          describedBy={problem ? ids.problem : undefined}
          onChange={setTypedAmount}
        />
      ) : null}
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
      {blocked ? (
        <div id={ids.blockers} className="approval-blocked" data-blockers={review.blockers.length}>
          <p className="error">{ui('decision.blockedHeading')}</p>
          <ul className="blockers">
            {blockerLines(i18n, review.blockers).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <button
        type="button"
        className="primary"
        onClick={check}
        disabled={decide.pending || blocked}
        aria-describedby={blocked ? ids.blockers : undefined}
      >
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
        {confirming?.amount ? (
          <p>{ui('decision.confirmAmount', { amount: groupRupiah(confirming.amount) })}</p>
        ) : null}
        {confirming?.reason ? <p>{ui('decision.confirmReason', { reason: confirming.reason })}</p> : null}
        {confirming?.decision === 'pending' ? (
          <p>
            {ui('decision.confirmMissing', {
              documents: confirming.missing.map((k) => documentLabel(lang, k)).join(', '),
            })}
          </p>
        ) : null}
        {review.overrules.length > 0 ? (
          <p>
            {ui('decision.confirmOverrules', {
              checks: review.overrules.map((o) => `${ui(`check.${o.check}`)} (${o.reason})`).join('; '),
            })}
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}

/** One line per failed or unconfirmed check, and one line naming every unverified document. */
function blockerLines({ ui, lang }: I18n, blockers: readonly ApprovalBlocker[]): string[] {
  const lines: string[] = [];
  const documents: string[] = [];
  for (const b of blockers) {
    if (b.kind === 'noIdentity') lines.push(ui('decision.blocked.noIdentity'));
    else if (b.kind === 'failedCheck')
      lines.push(ui('decision.blocked.failedCheck', { check: ui(`check.${b.check}`) }));
    else if (b.kind === 'unconfirmedWarning')
      lines.push(ui('decision.blocked.unconfirmedWarning', { check: ui(`check.${b.check}`) }));
    else documents.push(documentLabel(lang, b.document));
  }
  if (documents.length > 0)
    lines.push(ui('decision.blocked.unverifiedDocument', { document: documents.join('; ') }));
  return lines;
}
