// The One-to-Many audio floor as pure decisions. A Desk is one CSO with N booth slots; at most
// one booth is focused. Nothing here touches mediasoup: DeskMedia applies the actions.

export type DeskPolicyState = { slots: readonly (string | null)[]; focused: string | null };

export type DeskEvent =
  | { type: 'focus'; sessionId: string | null }
  | { type: 'join'; sessionId: string }
  | { type: 'leave'; sessionId: string };

export type PolicyError = { code: 'NOT_FOUND' | 'FORBIDDEN' | 'NO_FREE_SLOT' | 'CONFLICT'; message: string };

export function applyDeskEvent(
  state: DeskPolicyState,
  event: DeskEvent,
): { ok: true; state: DeskPolicyState } | { ok: false; error: PolicyError } {
  switch (event.type) {
    case 'focus': {
      if (event.sessionId !== null && !state.slots.includes(event.sessionId)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'that booth is not at this desk' } };
      }
      return { ok: true, state: { ...state, focused: event.sessionId } };
    }
    case 'join': {
      if (state.slots.includes(event.sessionId)) {
        return { ok: false, error: { code: 'CONFLICT', message: 'booth already at this desk' } };
      }
      const free = state.slots.indexOf(null);
      if (free < 0) return { ok: false, error: { code: 'NO_FREE_SLOT', message: 'desk is full' } };
      const slots = [...state.slots];
      slots[free] = event.sessionId;
      return { ok: true, state: { ...state, slots } };
    }
    case 'leave': {
      if (!state.slots.includes(event.sessionId)) {
        return { ok: false, error: { code: 'NOT_FOUND', message: 'that booth is not at this desk' } };
      }
      return {
        ok: true,
        state: {
          slots: state.slots.map((s) => (s === event.sessionId ? null : s)),
          focused: state.focused === event.sessionId ? null : state.focused,
        },
      };
    }
  }
}

/** Which way a consumer carries media, named from the CSO's point of view. */
export type ConsumerRole =
  'boothCamToCso' | 'boothDocToCso' | 'boothMicToCso' | 'csoCamToBooth' | 'csoMicToBooth';

export type ConsumerBinding = {
  consumerId: string;
  role: ConsumerRole;
  /** The booth session on the other end of the consumer. */
  sessionId: string;
  paused: boolean;
  spatialLayer: number | null;
};

export type ConsumerTarget = { paused: boolean; spatialLayer: number | null };

/** Grid tiles get the low simulcast layer, the focused booth the highest. */
export const GRID_LAYER = 0;
export const FOCUS_LAYER = 2;

export function desiredConsumerState(
  role: ConsumerRole,
  sessionId: string,
  focused: string | null,
): ConsumerTarget {
  const isFocused = sessionId === focused;
  switch (role) {
    // Every tile shows live video; only the focused one at full resolution.
    case 'boothCamToCso':
      return { paused: false, spatialLayer: isFocused ? FOCUS_LAYER : GRID_LAYER };
    // Audio both ways, the document camera and the CSO's face (lips can be read) follow the floor.
    case 'boothDocToCso':
    case 'boothMicToCso':
    case 'csoCamToBooth':
    case 'csoMicToBooth':
      return { paused: !isFocused, spatialLayer: null };
  }
}

export type ConsumerAction =
  | { type: 'pause'; consumerId: string }
  | { type: 'resume'; consumerId: string }
  | { type: 'setLayer'; consumerId: string; spatialLayer: number };

/** The actions that bring every consumer of a desk in line with who holds the floor. */
export function reconcileConsumers(
  bindings: readonly ConsumerBinding[],
  focused: string | null,
): ConsumerAction[] {
  const pauses: ConsumerAction[] = [];
  const others: ConsumerAction[] = [];
  for (const b of bindings) {
    const want = desiredConsumerState(b.role, b.sessionId, focused);
    if (want.spatialLayer !== null && want.spatialLayer !== b.spatialLayer) {
      others.push({ type: 'setLayer', consumerId: b.consumerId, spatialLayer: want.spatialLayer });
    }
    if (want.paused && !b.paused) pauses.push({ type: 'pause', consumerId: b.consumerId });
    if (!want.paused && b.paused) others.push({ type: 'resume', consumerId: b.consumerId });
  }
  // Pauses first: the floor is taken from the old booth before it is given to the new one.
  return [...pauses, ...others];
}
