// Which benefit, why, and whether the participant needs priority service. Native radio groups:
// arrow keys move within a group, Tab between groups, and screen readers announce each group's
// question (legend).

import { useState, type FormEvent, type ReactNode } from 'react';
import { BoothEvents, CLAIM_REASONS, CLAIM_TYPES, type ClaimType, type PriorityNeed } from '@bilik/shared';
import { useSpokenPrompt } from '../a11y/speech.js';
import { ScreenBody } from '../components/ScreenBody.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { claimLabel, errorText, reasonLabel } from '../i18n/text.js';
import { useKiosk } from '../state/KioskContext.js';

const PRIORITY_CHOICES = ['none', 'disability', 'elderly', 'pregnant'] as const satisfies readonly (
  PriorityNeed | 'none'
)[];
type PriorityChoice = (typeof PRIORITY_CHOICES)[number];

function RadioGroup<T extends string>({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  problem,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: readonly { value: T; label: ReactNode }[];
  value: T | null;
  onChange(value: T): void;
  problem: string | null;
}) {
  const describedBy = [hint && `${name}-hint`, problem && `${name}-problem`].filter(Boolean).join(' ');
  return (
    <fieldset className="choices" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      )}
      {options.map((o) => (
        <label key={o.value} className={value === o.value ? 'choice chosen' : 'choice'}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
      {problem && (
        <p id={`${name}-problem`} className="error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

export function ClaimScreen() {
  const { tr, send, dispatch, state, speak, endVisit } = useKiosk();
  const lang = state.prefs.lang;
  const [claimType, setClaimType] = useState<ClaimType | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const [priority, setPriority] = useState<PriorityChoice>('none');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useSpokenPrompt(speak, tr('claim.title'));

  const reasons: readonly string[] = claimType ? CLAIM_REASONS[claimType] : [];
  const chooseType = (type: ClaimType) => {
    setClaimType(type);
    // JKK and JKM have a single reason: nothing to ask.
    const only = CLAIM_REASONS[type];
    setReason(only.length === 1 ? (only[0] ?? null) : null);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!claimType || !reason) return;
    setBusy(true);
    setError(null);
    try {
      const { session } = await send(BoothEvents.chooseClaim, {
        claimType,
        reason,
        priorityNeed: priority === 'none' ? null : priority,
      });
      dispatch({ type: 'view', view: session });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section className="screen claim">
      <ScreenHeading>{tr('claim.title')}</ScreenHeading>
      <form className="screen-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <ScreenBody>
          <RadioGroup
            name="claimType"
            legend={tr('claim.typeLegend')}
            options={CLAIM_TYPES.map((type) => ({ value: type, label: claimLabel(lang, type) }))}
            value={claimType}
            onChange={chooseType}
            problem={submitted && !claimType ? tr('claim.chooseType') : null}
          />
          {claimType && (
            <RadioGroup
              name="reason"
              legend={tr('claim.reasonLegend')}
              options={reasons.map((r) => ({ value: r, label: reasonLabel(lang, claimType, r) }))}
              value={reason}
              onChange={setReason}
              problem={submitted && !reason ? tr('claim.chooseReason') : null}
            />
          )}
          <RadioGroup<PriorityChoice>
            name="priority"
            legend={tr('claim.priorityLegend')}
            hint={tr('claim.priorityHint')}
            options={PRIORITY_CHOICES.map((p) => ({ value: p, label: tr(`priority.${p}`) }))}
            value={priority}
            onChange={setPriority}
            problem={null}
          />
          {error !== null && (
            <p className="error" role="alert">
              {errorText(lang, error)}
            </p>
          )}
        </ScreenBody>
        <div className="screen-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? tr('claim.working') : tr('claim.submit')}
          </button>
          <button type="button" onClick={() => void endVisit()}>
            {tr('claim.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
