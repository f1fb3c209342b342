// The desk's booths, one tile per slot, ordered by booth name; a tile's number key is its place
// in that order, so what the CSO reads and what the keys do agree.

import type { DeskView, NetworkQuality } from '@bilik/shared';
import { useI18n } from '../i18n/I18nContext.js';
import { trackOf } from '../media/remoteTracks.js';
import { useDesk } from './DeskContext.js';
import { SlotTile } from './SlotTile.js';
import { orderSlots, tileModel, type SlaThresholds } from './tileModel.js';

type Props = {
  desk: DeskView;
  now: number;
  sla: SlaThresholds;
  quality: ReadonlyMap<string, NetworkQuality>;
  longestWaiting: string | null;
  onFocus(sessionId: string): void;
};

export function DeskGrid({ desk, now, sla, quality, longestWaiting, onFocus }: Props) {
  const { ui } = useI18n();
  const { tracks } = useDesk();
  const context = { now, sla, focusedSessionId: desk.focusedSessionId, quality };
  return (
    <section className="grid-section" aria-labelledby="grid-heading">
      <h2 id="grid-heading" className="visually-hidden">
        {ui('grid.heading')}
      </h2>
      <ol className={`grid grid-${desk.slots.length}`}>
        {orderSlots(desk.slots).map((slot, position) => {
          const model = tileModel(slot, position, context);
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
