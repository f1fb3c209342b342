// For a pending decision: which documents the participant still has to bring. Nothing is ticked
// to start with: a document is "missing" only because the CSO said so (pre-ticking every
// unverified one made unticking mean the opposite to the participant). Unverified documents are
// pointed out beside their box.

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
          {row.verdict?.verdict !== 'verified' ? (
            <span className="tag">{ui('decision.missingHint')}</span>
          ) : null}
        </label>
      ))}
    </fieldset>
  );
}
