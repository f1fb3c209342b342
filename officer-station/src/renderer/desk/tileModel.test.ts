import type { NetworkQuality } from '@bilik/shared';
import { describe, expect, it } from 'vitest';
import { slotView as slot } from '../test-support/slotView.js';
import { formatWait, orderSlots, tileModel, waitLevel } from './tileModel.js';

const NOW = Date.parse('2026-03-02T09:10:00Z');
const sla = { amberSeconds: 120, redSeconds: 300 };
const ctx = { now: NOW, sla, focusedSessionId: null, quality: new Map<string, NetworkQuality>() };
const decision = { decision: 'approved' as const, reference: 'BLK-1', reason: null, missing: [] };

describe('waiting timer', () => {
  it('formats minutes and seconds, and hours once past an hour', () => {
    expect(formatWait(0)).toBe('0:00');
    expect(formatWait(65)).toBe('1:05');
    expect(formatWait(3600 + 62)).toBe('1:01:02');
    expect(formatWait(-3)).toBe('0:00');
  });
  it('turns amber at the amber SLA and red at the red SLA', () => {
    expect(waitLevel(119, sla)).toBe('ok');
    expect(waitLevel(120, sla)).toBe('amber');
    expect(waitLevel(299, sla)).toBe('amber');
    expect(waitLevel(300, sla)).toBe('red');
  });
});

describe('orderSlots', () => {
  it('orders seated booths by name, numbers read as numbers, free slots last', () => {
    const ordered = orderSlots([
      slot(0, { boothName: 'Bilik 10' }),
      slot(1, null),
      slot(2, { boothName: 'Bilik 2' }),
      slot(3, { boothName: 'Bilik 1' }),
    ]);
    expect(ordered.map((s) => s.session?.boothName ?? `free ${s.slot}`)).toEqual([
      'Bilik 1',
      'Bilik 2',
      'Bilik 10',
      'free 1',
    ]);
  });
});

describe('tileModel', () => {
  it('keys a tile by its place in the grid, and keeps the server slot', () => {
    expect(tileModel(slot(3, null), 1, ctx)).toEqual({ slot: 3, shortcut: '2', session: null });
    expect(tileModel(slot(2, {}), 0, ctx)).toMatchObject({ slot: 2, shortcut: '1' });
  });

  it('counts a never-served booth from check-in, not from being seated', () => {
    const m = tileModel(
      slot(0, { checkedInAt: '2026-03-02T09:07:30Z', waitingSince: '2026-03-02T09:09:50Z' }),
      0,
      ctx,
    ).session;
    expect(m).toMatchObject({
      activity: 'waiting',
      waitKind: 'sinceCheckIn',
      waitSeconds: 150,
      waitText: '2:30',
      waitLevel: 'amber',
    });
  });

  it('counts a held booth from its last turn, and names it on hold only then', () => {
    const held = tileModel(slot(0, { state: 'onHold', waitingSince: '2026-03-02T09:09:00Z' }), 0, ctx);
    expect(held.session).toMatchObject({ activity: 'onHold', waitKind: 'sinceLastTurn', waitText: '1:00' });
    expect(tileModel(slot(0, { state: 'selfService' }), 0, ctx).session?.activity).toBe('selfService');
  });

  it('shows no timer while served or once decided, even if the server still says on hold', () => {
    const focused = tileModel(slot(1, { state: 'inConversation', waitingSince: null }), 0, {
      ...ctx,
      focusedSessionId: 's1',
    }).session;
    expect(focused).toMatchObject({ activity: 'served', focused: true, waitText: null, waitLevel: 'none' });
    const decided = tileModel(slot(1, { state: 'onHold', decision }), 0, ctx).session;
    expect(decided).toMatchObject({ activity: 'decided', waitText: null, waitLevel: 'none' });
  });

  it('names an absent booth absent and keeps counting its wait', () => {
    const absent = tileModel(slot(0, { absentSince: '2026-03-02T09:08:00Z' }), 0, ctx).session;
    expect(absent).toMatchObject({ activity: 'absent', waitKind: 'sinceCheckIn', waitText: '9:00' });
  });

  it('says when the booth is reconnecting (its slot kept by the server)', () => {
    expect(tileModel(slot(0, { reconnecting: true }), 0, ctx).session?.reconnecting).toBe(true);
    expect(tileModel(slot(0, {}), 0, ctx).session?.reconnecting).toBe(false);
  });

  it('takes network quality from what the station measured', () => {
    const quality = new Map<string, NetworkQuality>([['s0', 'good']]);
    expect(tileModel(slot(0, {}), 0, { ...ctx, quality }).session?.quality).toBe('good');
    expect(tileModel(slot(1, {}), 0, { ...ctx, quality }).session?.quality).toBe('unknown');
  });

  it('raises help on any booth until acknowledged, speaking only for one not focused', () => {
    expect(tileModel(slot(0, { helpCallId: 'h1', speaking: true }), 0, ctx).session?.wantsAttention).toBe(
      'help',
    );
    expect(tileModel(slot(0, { speaking: true }), 0, ctx).session?.wantsAttention).toBe('speaking');
    const focusedCtx = { ...ctx, focusedSessionId: 's0' };
    expect(tileModel(slot(0, { speaking: true }), 0, focusedCtx).session?.wantsAttention).toBeNull();
    expect(tileModel(slot(0, { helpCallId: 'h1' }), 0, focusedCtx).session?.wantsAttention).toBe('help');
  });
});
