// The rupiah an approval pays: prefilled from the balance (see amount.ts) until the CSO types
// over it, and stored with the decision; the branch report sums it.

import { useId } from 'react';
import { useI18n } from '../i18n/I18nContext.js';

type Props = {
  value: string;
  suggested: boolean;
  invalid: boolean;
  describedBy: string | undefined;
  onChange(value: string): void;
};

export function AmountField({ value, suggested, invalid, describedBy, onChange }: Props) {
  const { ui } = useI18n();
  const id = useId();
  const hint = useId();
  return (
    <div className="decision-amount">
      <label htmlFor={id}>{ui('decision.amount')}</label>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={invalid}
        aria-describedby={[hint, describedBy].filter(Boolean).join(' ')}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={hint} className="hint">
        {ui(suggested ? 'decision.amountSuggested' : 'decision.amountTyped')}
      </p>
    </div>
  );
}
