import { describe, expect, it } from 'vitest';
import { estimateWaitMinutes, planAssignments, queueOrder } from './assignment.js';

const q = (sessionId: string, queuedAt: string, priority = false) => ({ sessionId, queuedAt, priority });

describe('queue assignment', () => {
  it('serves priority participants first, then in arrival order', () => {
    const order = queueOrder([q('a', '09:00'), q('b', '09:01', true), q('c', '08:59')]).map(
      (x) => x.sessionId,
    );
    expect(order).toEqual(['b', 'c', 'a']);
  });
  it('fills the least-loaded desk first', () => {
    const desks = [
      { deskId: 'd1', slots: 4, occupied: 2, openedAt: '08:00' },
      { deskId: 'd2', slots: 4, occupied: 0, openedAt: '08:30' },
    ];
    expect(planAssignments([q('a', '1'), q('b', '2'), q('c', '3')], desks)).toEqual([
      { sessionId: 'a', deskId: 'd2' },
      { sessionId: 'b', deskId: 'd2' },
      { sessionId: 'c', deskId: 'd1' },
    ]);
  });
  it('leaves booths queued when no slot is free', () => {
    expect(
      planAssignments(
        [q('a', '1'), q('b', '2', true)],
        [{ deskId: 'd', slots: 1, occupied: 0, openedAt: '0' }],
      ),
    ).toEqual([{ sessionId: 'b', deskId: 'd' }]);
    expect(planAssignments([q('a', '1')], [])).toEqual([]);
  });
  it('estimates the wait from the serving slots', () => {
    expect(estimateWaitMinutes(1, 4, 8)).toBe(8);
    expect(estimateWaitMinutes(5, 4, 8)).toBe(16);
    expect(estimateWaitMinutes(1, 0, 8)).toBeNull();
  });
});
