import type { BoardBooth, BoardView } from '@bilik/shared';
import { describe, expect, it } from 'vitest';
import { deskModel, longestWaitSeconds, queueLine } from './boardModel.js';

const now = Date.parse('2026-03-02T10:00:00Z');
const sla = { amberSeconds: 120, redSeconds: 300 };
const booth = (over: Partial<BoardBooth>): BoardBooth => ({
  sessionId: 's1',
  boothName: 'Bilik 1',
  participantName: 'Siti Aminah',
  claimType: 'JHT',
  priorityNeed: null,
  state: 'waiting',
  decision: null,
  checkedInAt: '2026-03-02T09:58:30Z',
  waitingSince: '2026-03-02T09:59:00Z',
  absentSince: null,
  reconnecting: false,
  helpCallId: null,
  ...over,
});
const officer = { displayName: 'Rina', staffId: 'CSO-1' };

describe('the board model', () => {
  it('names booths as the desk tiles do, with the same SLA colours, in booth-name order', () => {
    const model = deskModel(
      {
        deskId: 'd1',
        officer,
        openedAt: '2026-03-02T08:00:00Z',
        focusedSessionId: 's2',
        slots: [
          {
            slot: 0,
            booth: booth({ sessionId: 's10', boothName: 'Bilik 10', checkedInAt: '2026-03-02T09:50:00Z' }),
          },
          { slot: 1, booth: booth({ sessionId: 's2', boothName: 'Bilik 2', state: 'inConversation' }) },
          { slot: 2, booth: null },
          {
            slot: 3,
            booth: booth({ sessionId: 's3', boothName: 'Bilik 3', state: 'decided', decision: 'approved' }),
          },
        ],
      },
      now,
      sla,
    );
    expect(model.lines.map((l) => [l.booth.boothName, l.activity, l.waitText, l.waitLevel])).toEqual([
      ['Bilik 2', 'served', null, 'none'],
      ['Bilik 3', 'decided', null, 'none'],
      ['Bilik 10', 'waiting', '10:00', 'red'],
    ]);
    expect(model.floorBooth).toBe('Bilik 2');
    expect(model.freeSlots).toEqual([2]);
  });

  it('counts a queued booth from check-in, and the longest wait from the server or a booth still waiting', () => {
    const entry = {
      sessionId: 'q1',
      boothName: 'Bilik 4',
      participantName: null,
      claimType: 'JKM',
      priorityNeed: 'elderly' as const,
      checkedInAt: '2026-03-02T09:57:00Z',
      queuedAt: '2026-03-02T09:58:00Z',
      position: 1,
      etaMinutes: 8,
      absent: false,
      online: true,
    };
    expect(queueLine(entry, now, sla)).toMatchObject({ waitText: '3:00', waitLevel: 'amber' });
    const board: BoardView = {
      at: '2026-03-02T10:00:00Z',
      desks: [],
      queue: [entry],
      helpCalls: [],
      today: {
        served: 3,
        approved: 1,
        pending: 0,
        rejected: 0,
        escalated: 0,
        avgHandlingSeconds: 600,
        longestWaitSeconds: 120,
      },
    };
    expect(longestWaitSeconds(board, now)).toBe(180);
    expect(longestWaitSeconds({ ...board, queue: [] }, now)).toBe(120);
    expect(
      longestWaitSeconds({ ...board, queue: [], today: { ...board.today, longestWaitSeconds: null } }, now),
    ).toBeNull();
  });
});
