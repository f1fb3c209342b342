// The documents the focused participant's claim needs, in the order of the claim table.

import { useI18n } from '../i18n/I18nContext.js';
import type { ChecklistRow } from './checklist.js';
import { DocumentRow } from './DocumentRow.js';

export function DocumentChecklist({ sessionId, rows }: { sessionId: string; rows: readonly ChecklistRow[] }) {
  const { ui } = useI18n();
  const verified = rows.filter((r) => r.verdict?.verdict === 'verified').length;
  return (
    <section className="checklist" aria-labelledby="checklist-heading">
      <h3 id="checklist-heading">{ui('docs.heading')}</h3>
      <p>{ui('docs.progress', { verified, total: rows.length })}</p>
      {rows.length === 0 ? <p>{ui('docs.noClaim')}</p> : null}
      <ul className="docs">
        {rows.map((row) => (
          <DocumentRow key={row.kind} sessionId={sessionId} row={row} />
        ))}
      </ul>
    </section>
  );
}
