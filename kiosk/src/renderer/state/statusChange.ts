// Which change of the session is worth saying out loud in the live region. Pure, so the rules
// are tested: the CSO arriving or leaving matters more than the queue moving.

import type { BoothSessionView } from '@bilik/shared';
import type { KioskMessageKey } from '../i18n/kioskMessages.id.js';

export type StatusMessage = { key: KioskMessageKey; params: Record<string, string | number> };

export function statusChange(
  prev: BoothSessionView | null,
  next: BoothSessionView | null,
): StatusMessage | null {
  if (!next) return null;
  const name = next.officer?.displayName ?? '';
  const sameVisit = prev?.sessionId === next.sessionId;
  const before = sameVisit ? prev : null;
  if (next.focused && !before?.focused) return { key: 'status.inCall', params: { name } };
  if (before?.focused && !next.focused && next.officer) return { key: 'status.onHold', params: { name } };
  if (next.officer && !before?.officer) return { key: 'status.seated', params: { name } };
  if (next.queuePosition !== null && next.queuePosition !== before?.queuePosition)
    return { key: 'status.queue', params: { position: next.queuePosition } };
  return null;
}
