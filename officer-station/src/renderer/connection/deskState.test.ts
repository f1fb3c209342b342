import type { DeskView } from '@bilik/shared';
import { describe, expect, it } from 'vitest';
import { slotView } from '../test-support/slotView.js';
import { newerDesk, withSignals } from './deskState.js';

const desk = (revision: number, focusedSessionId: string | null = null): DeskView => ({
  revision,
  deskId: 'd1',
  officer: { displayName: 'Rina', staffId: 'CSO-1' },
  slots: [slotView(0, {}), slotView(1, {}), slotView(2, null)],
  focusedSessionId,
  queueLength: 0,
  helpCalls: [],
  mediaEpoch: 1,
  policy: { jhtPensionAge: 56, noNpwpSurchargePercent: 0 },
});

describe('the desk a station shows', () => {
  it('keeps the newer view when a reply arrives after the push of a later change', () => {
    const pushed = desk(7, 's1');
    const lateReply = desk(5, 's0');
    expect(newerDesk(pushed, lateReply)).toBe(pushed);
    expect(newerDesk(lateReply, pushed)).toBe(pushed);
    expect(newerDesk(undefined, lateReply)).toBe(lateReply);
  });

  it('takes a closed desk and another desk as they come', () => {
    expect(newerDesk(desk(9), null)).toBeNull();
    const other = { ...desk(1), deskId: 'd2' };
    expect(newerDesk(desk(9), other)).toBe(other);
  });

  it('lays signals over the booths they name, and nothing else', () => {
    const shown = withSignals(desk(3), {
      deskId: 'd1',
      signals: [{ sessionId: 's1', speaking: true, networkScore: 4, reconnecting: true }],
    });
    expect(shown?.revision).toBe(3);
    expect(shown?.slots[1]?.session).toMatchObject({ speaking: true, networkScore: 4, reconnecting: true });
    expect(shown?.slots[0]?.session).toMatchObject({
      speaking: false,
      networkScore: 10,
      reconnecting: false,
    });
    const elsewhere = desk(3);
    expect(withSignals(elsewhere, { deskId: 'd2', signals: [] })).toBe(elsewhere);
  });
});
