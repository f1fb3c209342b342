// The desk a station shows, kept from the views the server sends: pushes and replies can arrive
// out of order (a focus reply overtaken by the push of a later change), so the newer revision
// wins; fast signals (speaking, network, reconnecting) are laid over it without a new view.

import type { DeskSignals, DeskView } from '@bilik/shared';

/** The desk to show after `next` arrives: null (no desk) always applies; an older view never. */
export function newerDesk(current: DeskView | null | undefined, next: DeskView | null): DeskView | null {
  if (next === null || !current || next.deskId !== current.deskId) return next;
  return next.revision >= current.revision ? next : current;
}

/** The same desk with each booth's latest signals. */
export function withSignals(
  desk: DeskView | null | undefined,
  push: DeskSignals,
): DeskView | null | undefined {
  if (!desk || desk.deskId !== push.deskId) return desk;
  const bySession = new Map(push.signals.map((s) => [s.sessionId, s]));
  return {
    ...desk,
    slots: desk.slots.map((slot) => {
      const signal = slot.session && bySession.get(slot.session.sessionId);
      return signal && slot.session
        ? {
            ...slot,
            session: {
              ...slot.session,
              speaking: signal.speaking,
              networkScore: signal.networkScore,
              reconnecting: signal.reconnecting,
            },
          }
        : slot;
    }),
  };
}
