// NIK + KPJ typed by the participant, checked as they type with the shared rules so a typing
// slip is explained in plain words next to the field before anything is sent. The server checks
// the same rules again; its answer is translated the same way.

import { useRef, useState, type FormEvent } from 'react';
import { BoothEvents, cleanNik, parseNik, validateKpj, type BoothSessionView } from '@bilik/shared';
import { NumericKeypad } from '../components/NumericKeypad.js';
import { errorText } from '../i18n/text.js';
import { useKiosk } from '../state/KioskContext.js';

type Field = 'nik' | 'kpj';
const MAX_TYPED = 24;

const digitCount = (value: string) => value.replace(/\D/g, '').length;

export function NikKpjForm() {
  const { tr, send, dispatch, state } = useKiosk();
  const [values, setValues] = useState<Record<Field, string>>({ nik: '', kpj: '' });
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [active, setActive] = useState<Field>('nik');
  const inputs = { nik: useRef<HTMLInputElement>(null), kpj: useRef<HTMLInputElement>(null) };

  const nik = parseNik(values.nik);
  const kpj = validateKpj(values.kpj);
  // Live: a message appears as soon as something is typed; empty fields only complain on submit.
  const nikMessage =
    nik.ok || (values.nik === '' && !submitted)
      ? null
      : tr(nik.error, { count: cleanNik(values.nik).length });
  const kpjMessage = kpj.ok
    ? kpj.warning
      ? tr(kpj.warning)
      : null
    : values.kpj === '' && !submitted
      ? null
      : tr(kpj.error, { count: digitCount(values.kpj) });

  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value.slice(0, MAX_TYPED) }));
    setServerError(null);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!nik.ok || !kpj.ok) {
      inputs[nik.ok ? 'kpj' : 'nik'].current?.focus();
      dispatch({ type: 'announce', text: tr('checkIn.fixFields') });
      return;
    }
    setBusy(true);
    try {
      const { session } = await send<{ session: BoothSessionView }>(BoothEvents.checkIn, {
        method: 'nikKpj',
        nik: nik.value.nik,
        kpj: kpj.value,
      });
      dispatch({ type: 'view', view: session });
    } catch (err) {
      setServerError(err);
      setBusy(false);
    }
  };

  const field = (name: Field, label: string, message: string | null, invalid: boolean) => (
    <div className="field">
      <label htmlFor={`field-${name}`}>{label}</label>
      <input
        ref={inputs[name]}
        id={`field-${name}`}
        name={name}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={values[name]}
        aria-invalid={invalid}
        aria-describedby={message ? `field-${name}-message` : undefined}
        onFocus={() => setActive(name)}
        onChange={(e) => set(name, e.target.value)}
      />
      {message && (
        <p id={`field-${name}-message`} className={invalid ? 'field-message error' : 'field-message'}>
          {message}
        </p>
      )}
    </div>
  );

  return (
    <form className="nik-kpj" onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className="fields">
        {field('nik', tr('checkIn.nikLabel'), nikMessage, nikMessage !== null)}
        {field('kpj', tr('checkIn.kpjLabel'), kpjMessage, !kpj.ok && kpjMessage !== null)}
        {serverError !== null && (
          <p className="error" role="alert">
            {errorText(state.prefs.lang, serverError, { params: { count: cleanNik(values.nik).length } })}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? tr('checkIn.working') : tr('checkIn.submit')}
        </button>
      </div>
      <NumericKeypad
        tr={tr}
        onDigit={(d) => set(active, values[active] + d)}
        onDelete={() => set(active, values[active].slice(0, -1))}
      />
    </form>
  );
}
