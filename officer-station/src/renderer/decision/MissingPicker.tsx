// For a pending decision: which documents the participant still has to bring, starting from the
// required ones not yet verified.

import { useI18n } from '../i18n/I18nContext.js';
import { documentLabel } from '../i18n/translate.js';
import type { ChecklistRow } from '../verify/checklist.js';

type Props = {
  rows: readonly ChecklistRow[];
  selected: readonly string[];
  onChange(selected: string[]): void;
};

export function MissingPicker({ rows, selected, onChange }: Props) {
  const { ui, lang } = useI18n();
  const toggle = (kind: string, on: boolean) =>
    onChange(on ? [...selected.filter((k) => k !== kind), kind] : selected.filter((k) => k !== kind));
  return (
    <fieldset className="missing-picker">
      <legend>{ui('decision.missing')}</legend>
      {rows.map((row) => (
        <label key={row.kind}>
          <input
            type="checkbox"
            checked={selected.includes(row.kind)}
            onChange={(e) => toggle(row.kind, e.target.checked)}
          />
          {documentLabel(lang, row.kind)}
        </label>
      ))}
    </fieldset>
  );
}
