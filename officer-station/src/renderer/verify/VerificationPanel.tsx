// Everything the CSO checks for the focused booth: identity and pre-checks, face against the
// e-KTP, the document checklist, requests to the booth, notes.

import type { SlotView } from '@bilik/shared';
import { useI18n } from '../i18n/I18nContext.js';
import { BoothRequests } from './BoothRequests.js';
import type { ChecklistRow } from './checklist.js';
import { DocumentChecklist } from './DocumentChecklist.js';
import { FaceCheck } from './FaceCheck.js';
import { NotesPanel } from './NotesPanel.js';
import { ParticipantFacts } from './ParticipantFacts.js';
import type { FactsDraft } from './participantChecks.js';

type Session = NonNullable<SlotView['session']>;
type Props = {
  session: Session;
  rows: readonly ChecklistRow[];
  draft: FactsDraft;
  onDraft(draft: FactsDraft): void;
};

export function VerificationPanel({ session, rows, draft, onDraft }: Props) {
  const { ui } = useI18n();
  return (
    <section className="verification" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{ui('verify.heading')}</h2>
      <div className="verify-columns">
        <div>
          <ParticipantFacts session={session} draft={draft} onDraft={onDraft} />
          <FaceCheck session={session} />
          <BoothRequests sessionId={session.sessionId} />
          <NotesPanel sessionId={session.sessionId} notes={session.notes} />
        </div>
        <DocumentChecklist sessionId={session.sessionId} rows={rows} />
      </div>
    </section>
  );
}
