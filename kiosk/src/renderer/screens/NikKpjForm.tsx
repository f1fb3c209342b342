// NIK + KPJ typed by the participant, one field at a time: the field being filled is marked,
// the on-screen keypad sits right beside the fields and types at the caret, a full field stops
// taking digits and (from the keypad) hands over to the next one. A slip is explained in plain
// words once the participant leaves the field or presses "Lanjut", never while they type. The
// server checks the same rules again; its answer is translated the same way.

import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { BoothEvents, KPJ_LENGTH, NIK_LENGTH, cleanNik, parseNik, validateKpj } from '@bilik/shared';
import { NumericKeypad } from '../components/NumericKeypad.js';
import { errorText } from '../i18n/text.js';
import { useKiosk } from '../state/KioskContext.js';
import { deleteAtCaret, insertAtCaret, type Edit } from './fieldEditing.js';

type Field = 'nik' | 'kpj';
const FIELDS: readonly Field[] = ['nik', 'kpj'];

const digitCount = (value: string) => value.replace(/\D/g, '').length;
/** A NIK is digits only; a KPJ may carry an old card's letters or dashes, but at most 11 digits. */
const LIMITS: Record<Field, { accept(value: string): boolean; full(value: string): boolean }> = {
  nik: { accept: (v) => /^\d*$/.test(v) && v.length <= NIK_LENGTH, full: (v) => v.length >= NIK_LENGTH },
  kpj: {
    accept: (v) => v.length <= KPJ_LENGTH + 5 && digitCount(v) <= KPJ_LENGTH,
    full: (v) => digitCount(v) >= KPJ_LENGTH,
  },
};

export function NikKpjForm() {
  const { tr, send, dispatch, state } = useKiosk();
  const [values, setValues] = useState<Record<Field, string>>({ nik: '', kpj: '' });
  // A field's problem is shown once it was left (or on submit), and hidden again while retyped.
  const [shown, setShown] = useState<Record<Field, boolean>>({ nik: false, kpj: false });
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [active, setActive] = useState<Field>('nik');
  const inputs = { nik: useRef<HTMLInputElement>(null), kpj: useRef<HTMLInputElement>(null) };
  const submit = useRef<HTMLButtonElement>(null);
  const caret = useRef<{ field: Field; at: number } | null>(null);

  useLayoutEffect(() => {
    const pending = caret.current;
    if (!pending) return;
    caret.current = null;
    inputs[pending.field].current?.setSelectionRange(pending.at, pending.at);
  });

  const nik = parseNik(values.nik);
  const kpj = validateKpj(values.kpj);
  const nikMessage = shown.nik && !nik.ok ? tr(nik.error, { count: cleanNik(values.nik).length }) : null;
  const kpjMessage = !shown.kpj
    ? null
    : kpj.ok
      ? kpj.warning
        ? tr(kpj.warning)
        : null
      : tr(kpj.error, { count: digitCount(values.kpj) });

  const set = (field: Field, value: string): boolean => {
    if (!LIMITS[field].accept(value)) return false;
    setValues((v) => ({ ...v, [field]: value }));
    setShown((s) => ({ ...s, [field]: false }));
    setServerError(null);
    return true;
  };

  const leave = (field: Field) => {
    if (values[field] !== '') setShown((s) => ({ ...s, [field]: true }));
  };

  const applyKey = (edit: (value: string, start: number, end: number) => Edit) => {
    const input = inputs[active].current;
    const value = values[active];
    const result = edit(value, input?.selectionStart ?? value.length, input?.selectionEnd ?? value.length);
    if (!set(active, result.value)) return;
    caret.current = { field: active, at: result.caret };
    if (result.value.length > value.length && LIMITS[active].full(result.value)) {
      // The keypad has no Tab key: a full field hands over to the next one.
      const next = FIELDS[FIELDS.indexOf(active) + 1];
      caret.current = null;
      if (next) inputs[next].current?.focus();
      else submit.current?.focus();
    }
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setShown({ nik: true, kpj: true });
    if (!nik.ok || !kpj.ok) {
      inputs[nik.ok ? 'kpj' : 'nik'].current?.focus();
      dispatch({ type: 'announce', text: tr('checkIn.fixFields') });
      return;
    }
    setBusy(true);
    try {
      const { session } = await send(BoothEvents.checkIn, {
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
    <div className={active === name ? 'field field-active' : 'field'}>
      <label htmlFor={`field-${name}`}>
        {label}
        {active === name && <span className="field-typing"> · {tr('keypad.typingHere')}</span>}
      </label>
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
        onBlur={() => leave(name)}
        onChange={(e) => set(name, name === 'nik' ? e.target.value.replace(/[\s.-]/g, '') : e.target.value)}
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
        <button ref={submit} type="submit" className="primary" disabled={busy}>
          {busy ? tr('checkIn.working') : tr('checkIn.submit')}
        </button>
      </div>
      <NumericKeypad
        tr={tr}
        onDigit={(d) => applyKey((v, start, end) => insertAtCaret(v, start, end, d))}
        onDelete={() => applyKey(deleteAtCaret)}
      />
    </form>
  );
}
