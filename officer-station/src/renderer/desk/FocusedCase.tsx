// The working area for the booth that holds the floor: its videos and the verification. Keyed by
// session, so a half-typed rejection never carries over to the next participant.

import type { SlotView } from '@bilik/shared';
import { useI18n } from '../i18n/I18nContext.js';
import type { ChecklistRow } from '../verify/checklist.js';
import type { FactsDraft } from '../verify/participantChecks.js';
import { VerificationPanel } from '../verify/VerificationPanel.js';
import { FocusStage, SelfView } from './FocusStage.js';

type Session = NonNullable<SlotView['session']>;

type Props = {
  session: Session | null;
  rows: readonly ChecklistRow[];
  draft: FactsDraft;
  local: MediaStream | null | undefined;
  onDraft(draft: FactsDraft): void;
  onRelease(): void;
};

export function FocusedCase({ session, rows, draft, local, onDraft, onRelease }: Props) {
  const { ui } = useI18n();
  if (!session) {
    return (
      <section className="stage stage-idle" aria-labelledby="stage-heading">
        <h2 id="stage-heading">{ui('stage.none')}</h2>
        <p>{ui('stage.noneHint')}</p>
        <SelfView local={local} />
      </section>
    );
  }
  return (
    <div className="focused-case" key={session.sessionId}>
      <FocusStage session={session} local={local} onRelease={onRelease} />
      <VerificationPanel session={session} rows={rows} draft={draft} onDraft={onDraft} />
    </div>
  );
}
