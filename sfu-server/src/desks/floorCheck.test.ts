import { describe, expect, it } from 'vitest';
import type { ConsumerState } from './deskRoom.js';
import { floorViolations } from './floorCheck.js';

const consumer = (
  sessionId: string,
  role: ConsumerState['role'],
  paused: boolean,
  clientReady = true,
): ConsumerState => ({
  consumerId: `${sessionId}-${role}`,
  role,
  sessionId,
  peer: role.startsWith('cso') ? `booth:${sessionId}` : 'cso',
  paused,
  clientReady,
});

/** Both booths' consumers as the floor wants them with booth `a` focused. */
const healthy = (): ConsumerState[] => [
  consumer('a', 'boothMicToCso', false),
  consumer('a', 'boothDocToCso', false),
  consumer('a', 'boothCamToCso', false),
  consumer('a', 'csoMicToBooth', false),
  consumer('a', 'csoCamToBooth', false),
  consumer('b', 'boothMicToCso', true),
  consumer('b', 'boothDocToCso', true),
  consumer('b', 'boothCamToCso', false),
  consumer('b', 'csoMicToBooth', true),
  consumer('b', 'csoCamToBooth', true),
];

describe('floorViolations', () => {
  it('accepts a desk where only the focused booth hears, is heard and shows its document', () => {
    expect(floorViolations(healthy(), 'a', 'a')).toEqual([]);
  });

  it.each(['boothMicToCso', 'boothDocToCso', 'csoMicToBooth', 'csoCamToBooth'] as const)(
    'reports a held booth whose %s flows',
    (role) => {
      const states = healthy().map((c) =>
        c.sessionId === 'b' && c.role === role ? { ...c, paused: false } : c,
      );
      expect(floorViolations(states, 'a', 'a')).toEqual([
        { kind: 'heldButLive', consumerId: `b-${role}`, role, sessionId: 'b' },
      ]);
    },
  );

  it('reports live media with nobody focused, even from a consumer whose client is not ready', () => {
    const states = [consumer('a', 'csoMicToBooth', false, false), consumer('a', 'boothCamToCso', false)];
    expect(floorViolations(states, null, null).map((v) => v.kind)).toEqual(['heldButLive']);
  });

  it('reports a focused booth left paused once its client is ready, and not before', () => {
    const ready = healthy().map((c) => (c.consumerId === 'a-csoMicToBooth' ? { ...c, paused: true } : c));
    expect(floorViolations(ready, 'a', 'a').map((v) => v.kind)).toEqual(['focusedButPaused']);
    const notReady = ready.map((c) =>
      c.consumerId === 'a-csoMicToBooth' ? { ...c, clientReady: false } : c,
    );
    expect(floorViolations(notReady, 'a', 'a')).toEqual([]);
  });

  it('reports a live floor that differs from the stored one', () => {
    expect(floorViolations([], 'a', 'b')).toEqual([{ kind: 'focusNotStored', live: 'a', stored: 'b' }]);
  });
});
