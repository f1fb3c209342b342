// The shared pre-checks, worded by the shared i18n, in three levels: pass, warning (the CSO looks
// at the original and confirms with a reason) and fail (blocks approval). The status is spelled
// out too: colour alone does not tell a colour-blind CSO anything. Dates are shown the local way.

import {
  isIsoDate,
  isMessageKey,
  MIN_OVERRULE_REASON_LENGTH,
  type PreCheck,
  type PreCheckId,
} from '@bilik/shared';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/I18nContext.js';
import { formatDate } from '../i18n/translate.js';

type Props = {
  checks: readonly PreCheck[];
  /** The reasons confirmed so far, per warning. */
  overrules: Partial<Record<PreCheckId, string>>;
  onOverrules(overrules: Partial<Record<PreCheckId, string>>): void;
};

export function PreCheckList({ checks, overrules, onOverrules }: Props) {
  const { ui, t, lang } = useI18n();
  const text = (c: PreCheck) => {
    const params = Object.fromEntries(
      Object.entries(c.params ?? {}).map(([k, v]) => [
        k,
        typeof v === 'string' && isIsoDate(v) ? formatDate(lang, v) : v,
      ]),
    );
    return isMessageKey(c.messageKey) ? t(c.messageKey, params) : c.messageKey;
  };
  const setReason = (id: PreCheckId, reason: string | null) => {
    const next = { ...overrules };
    if (reason === null) delete next[id];
    else next[id] = reason;
    onOverrules(next);
  };
  return (
    <>
      <p className="precheck-legend">{ui('precheck.legend')}</p>
      <ul className="prechecks">
        {checks.map((c) => {
          const confirmed = c.status === 'warn' ? overrules[c.id] : undefined;
          const status = confirmed === undefined ? c.status : 'confirmed';
          return (
            <li key={c.id} className={`precheck precheck-${status}`} data-check={c.id} data-status={status}>
              <span className="precheck-status">{ui(`precheck.status.${status}`)}</span>{' '}
              <span className="precheck-name">{ui(`check.${c.id}`)}:</span> {text(c)}
              {c.status !== 'warn' ? null : confirmed === undefined ? (
                <OverruleForm onConfirm={(reason) => setReason(c.id, reason)} />
              ) : (
                <p className="precheck-reason">
                  {ui('precheck.confirmedBy', { reason: confirmed })}{' '}
                  <button type="button" className="link" onClick={() => setReason(c.id, null)}>
                    {ui('precheck.undo')}
                  </button>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function OverruleForm({ onConfirm }: { onConfirm(reason: string): void }) {
  const { ui } = useI18n();
  const ids = { input: useId(), hint: useId() };
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const submit = () => {
    const trimmed = reason.trim();
    if (trimmed.length < MIN_OVERRULE_REASON_LENGTH) return setTooShort(true);
    onConfirm(trimmed);
  };
  return (
    <div className="overrule">
      <label htmlFor={ids.input}>{ui('precheck.reasonLabel')}</label>
      <input
        id={ids.input}
        value={reason}
        maxLength={500}
        aria-invalid={tooShort}
        aria-describedby={ids.hint}
        onChange={(e) => {
          setReason(e.target.value);
          setTooShort(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') submit();
        }}
      />
      <button type="button" onClick={submit}>
        {ui('precheck.confirm')}
      </button>
      <p id={ids.hint} className={tooShort ? 'error' : 'hint'}>
        {tooShort
          ? ui('precheck.reasonTooShort')
          : ui('precheck.reasonHint', { min: MIN_OVERRULE_REASON_LENGTH })}
      </p>
    </div>
  );
}
