import { describe, expect, it } from 'vitest';
import {
  applyDeskEvent,
  desiredConsumerState,
  reconcileConsumers,
  type ConsumerBinding,
  type DeskPolicyState,
} from './policy.js';

const desk = (slots: (string | null)[], focused: string | null = null): DeskPolicyState => ({
  slots,
  focused,
});

describe('applyDeskEvent', () => {
  it('puts a joining booth in the first free slot', () => {
    const r = applyDeskEvent(desk(['a', null, null]), { type: 'join', sessionId: 'b' });
    expect(r).toEqual({ ok: true, state: desk(['a', 'b', null]) });
  });
  it('refuses a join when the desk is full, and a duplicate join', () => {
    expect(applyDeskEvent(desk(['a']), { type: 'join', sessionId: 'b' })).toMatchObject({
      ok: false,
      error: { code: 'NO_FREE_SLOT' },
    });
    expect(applyDeskEvent(desk(['a', null]), { type: 'join', sessionId: 'a' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
  it('focuses only a booth of this desk', () => {
    expect(applyDeskEvent(desk(['a', 'b']), { type: 'focus', sessionId: 'b' })).toEqual({
      ok: true,
      state: desk(['a', 'b'], 'b'),
    });
    expect(applyDeskEvent(desk(['a', 'b']), { type: 'focus', sessionId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(applyDeskEvent(desk(['a', 'b'], 'a'), { type: 'focus', sessionId: null })).toEqual({
      ok: true,
      state: desk(['a', 'b'], null),
    });
  });
  it('drops the floor when the focused booth leaves', () => {
    expect(applyDeskEvent(desk(['a', 'b'], 'a'), { type: 'leave', sessionId: 'a' })).toEqual({
      ok: true,
      state: desk([null, 'b'], null),
    });
    expect(applyDeskEvent(desk(['a', 'b'], 'b'), { type: 'leave', sessionId: 'a' })).toEqual({
      ok: true,
      state: desk([null, 'b'], 'b'),
    });
  });
});

describe('desiredConsumerState', () => {
  it('gives the focused booth audio both ways, its document camera and the high layer', () => {
    expect(desiredConsumerState('boothMicToCso', 'a', 'a')).toEqual({ paused: false, spatialLayer: null });
    expect(desiredConsumerState('csoMicToBooth', 'a', 'a')).toEqual({ paused: false, spatialLayer: null });
    expect(desiredConsumerState('boothDocToCso', 'a', 'a')).toEqual({ paused: false, spatialLayer: null });
    expect(desiredConsumerState('boothCamToCso', 'a', 'a')).toEqual({ paused: false, spatialLayer: 2 });
  });
  it('holds every other booth: no audio either way, low-layer video only', () => {
    for (const focused of ['b', null]) {
      expect(desiredConsumerState('boothMicToCso', 'a', focused).paused).toBe(true);
      expect(desiredConsumerState('csoMicToBooth', 'a', focused).paused).toBe(true);
      expect(desiredConsumerState('csoCamToBooth', 'a', focused).paused).toBe(true);
      expect(desiredConsumerState('boothDocToCso', 'a', focused).paused).toBe(true);
      expect(desiredConsumerState('boothCamToCso', 'a', focused)).toEqual({ paused: false, spatialLayer: 0 });
    }
  });
});

describe('reconcileConsumers', () => {
  const b = (
    consumerId: string,
    role: ConsumerBinding['role'],
    sessionId: string,
    paused: boolean,
    spatialLayer: number | null = null,
  ): ConsumerBinding => ({
    consumerId,
    role,
    sessionId,
    paused,
    spatialLayer,
  });
  it('moves the floor from booth a to booth b, pausing before resuming', () => {
    const bindings = [
      b('micA', 'boothMicToCso', 'a', false),
      b('toA', 'csoMicToBooth', 'a', false),
      b('camA', 'boothCamToCso', 'a', false, 2),
      b('micB', 'boothMicToCso', 'b', true),
      b('toB', 'csoMicToBooth', 'b', true),
      b('camB', 'boothCamToCso', 'b', false, 0),
    ];
    expect(reconcileConsumers(bindings, 'b')).toEqual([
      { type: 'pause', consumerId: 'micA' },
      { type: 'pause', consumerId: 'toA' },
      { type: 'setLayer', consumerId: 'camA', spatialLayer: 0 },
      { type: 'resume', consumerId: 'micB' },
      { type: 'resume', consumerId: 'toB' },
      { type: 'setLayer', consumerId: 'camB', spatialLayer: 2 },
    ]);
  });
  it('does nothing when consumers already match the floor', () => {
    expect(
      reconcileConsumers(
        [b('micA', 'boothMicToCso', 'a', false), b('micB', 'boothMicToCso', 'b', true)],
        'a',
      ),
    ).toEqual([]);
  });
  it('re-pauses a consumer a client resumed on its own', () => {
    expect(reconcileConsumers([b('toB', 'csoMicToBooth', 'b', false)], 'a')).toEqual([
      { type: 'pause', consumerId: 'toB' },
    ]);
  });
});
