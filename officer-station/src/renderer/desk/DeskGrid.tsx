// The desk's booths, one tile per slot, in slot order so the number keys match what is seen.

import type { DeskView } from '@bilik/shared';
import { useI18n } from '../i18n/I18nContext.js';
import { trackOf } from '../media/remoteTracks.js';
import { useDesk } from './DeskContext.js';
import { SlotTile } from './SlotTile.js';
import { tileModel, type SlaThresholds } from './tileModel.js';

type Props = {
  desk: DeskView;
  now: number;
  sla: SlaThresholds;
  longestWaiting: string | null;
  onFocus(sessionId: string): void;
};

export function DeskGrid({ desk, now, sla, longestWaiting, onFocus }: Props) {
  const { ui } = useI18n();
  const { tracks } = useDesk();
  return (
    <section className="grid-section" aria-labelledby="grid-heading">
      <h2 id="grid-heading">{ui('grid.heading')}</h2>
      <ol className={`grid grid-${desk.slots.length}`}>
        {desk.slots.map((slot) => {
          const model = tileModel(slot, { now, sla, focusedSessionId: desk.focusedSessionId });
          const sessionId = model.session?.sessionId ?? null;
          return (
            <SlotTile
              key={slot.slot}
              model={model}
              camera={sessionId ? trackOf(tracks, sessionId, 'camera') : null}
              longestWaiting={sessionId !== null && sessionId === longestWaiting}
              onFocus={onFocus}
            />
          );
        })}
      </ol>
    </section>
  );
}
