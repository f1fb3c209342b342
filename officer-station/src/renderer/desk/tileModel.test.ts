import { describe, expect, it } from 'vitest';
import { slotView as slot } from '../test-support/slotView.js';
import { formatWait, networkQuality, tileModel, waitLevel } from './tileModel.js';

const NOW = Date.parse('2026-03-02T09:10:00Z');
const sla = { amberSeconds: 120, redSeconds: 300 };

describe('networkQuality', () => {
  it('maps the mediasoup score 0–10 to good ≥7, fair ≥4, poor below', () => {
    expect([10, 7, 6.9, 4, 3, 0].map(networkQuality)).toEqual([
      'good',
      'good',
      'fair',
      'fair',
      'poor',
      'poor',
    ]);
  });
  it('says unknown before the first score arrives', () => {
    expect(networkQuality(null)).toBe('unknown');
  });
});

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

describe('tileModel', () => {
  const ctx = { now: NOW, sla, focusedSessionId: null };

  it('marks an empty slot and keeps its shortcut', () => {
    expect(tileModel(slot(3, null), ctx)).toEqual({ slot: 3, shortcut: '4', session: null });
  });

  it('shows a waiting booth with its timer, level and quality', () => {
    const m = tileModel(slot(0, { waitingSince: '2026-03-02T09:07:30Z', networkScore: 5 }), ctx);
    expect(m.shortcut).toBe('1');
    expect(m.session).toMatchObject({
      state: 'waiting',
      waitSeconds: 150,
      waitText: '2:30',
      waitLevel: 'amber',
      quality: 'fair',
      focused: false,
      held: true,
    });
  });

  it('goes red past the red SLA, and never shows a negative wait for a clock ahead of ours', () => {
    expect(tileModel(slot(0, { waitingSince: '2026-03-02T09:04:00Z' }), ctx).session?.waitLevel).toBe('red');
    const ahead = tileModel(slot(0, { waitingSince: '2026-03-02T09:10:05Z' }), ctx).session;
    expect(ahead).toMatchObject({ waitSeconds: 0, waitText: '0:00', waitLevel: 'ok' });
  });

  it('shows no timer for the focused booth or a decided one', () => {
    const focused = tileModel(slot(1, { state: 'inConversation', waitingSince: null }), {
      ...ctx,
      focusedSessionId: 's1',
    }).session;
    expect(focused).toMatchObject({ focused: true, held: false, waitText: null, waitLevel: 'none' });
    const decided = tileModel(slot(1, { state: 'decided' }), ctx).session;
    expect(decided).toMatchObject({ held: false, waitText: null, waitLevel: 'none' });
  });

  it('raises attention for a held booth that calls for help or speaks, not for the focused one', () => {
    expect(tileModel(slot(0, { helpCalled: true, speaking: true }), ctx).session?.wantsAttention).toBe(
      'help',
    );
    expect(tileModel(slot(0, { speaking: true }), ctx).session?.wantsAttention).toBe('speaking');
    const focusedCtx = { ...ctx, focusedSessionId: 's0' };
    expect(tileModel(slot(0, { speaking: true, helpCalled: true }), focusedCtx).session?.wantsAttention).toBe(
      null,
    );
  });
});
