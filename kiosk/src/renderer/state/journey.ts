// The kiosk's UI state as one reducer. The branch server is the source of truth for the visit
// (BoothSessionView, pushed on every change and on reconnect); this module only adds what the
// server does not know: where a participant is before a session exists, the visit's display
// preferences, and two "seen" flags the view cannot carry. Screens are derived, never stored,
// so a reconnect or reload lands on whatever screen the server's state implies.

import type { BoothOutcome, BoothRequest, BoothSessionView, Lang, QueuePlace } from '@bilik/shared';

export type Prefs = { lang: Lang; largeText: boolean; highContrast: boolean; speech: boolean };

/** Where a participant can be while no session exists. */
export type LocalStep = 'attract' | 'checkIn' | 'refused';

export type Screen =
  'attract' | 'checkIn' | 'refused' | 'consent' | 'claim' | 'documents' | 'waiting' | 'call' | 'outcome';

export type Connection = 'connecting' | 'online' | 'offline';

export type KioskState = {
  prefs: Prefs;
  step: LocalStep;
  view: BoothSessionView | null;
  /** The session the two flags below belong to (restored from sessionStorage after a reload). */
  flagsFor: string | null;
  /** Consent as this screen last knew it; the server's view confirms it after a reload. */
  consentGiven: boolean;
  documentsSeen: boolean;
  request: BoothRequest | null;
  outcome: BoothOutcome | null;
  connection: Connection;
  /** Text for the polite live region; seq makes a repeated message be announced again. */
  status: { text: string; seq: number };
  /** Counts privacy wipes; used as a React key so no component keeps state across visitors. */
  visit: number;
  /** The branch closed this visit's session (a CSO ended an absent booth): wipe what is left here. */
  endedByBranch: boolean;
};

export type Action =
  | { type: 'view'; view: BoothSessionView | null }
  | { type: 'queue'; place: QueuePlace }
  | { type: 'request'; request: BoothRequest }
  | { type: 'dismissRequest' }
  | { type: 'outcome'; outcome: BoothOutcome }
  | { type: 'start' }
  | { type: 'consented' }
  | { type: 'refused' }
  | { type: 'documentsSeen' }
  | { type: 'prefs'; prefs: Partial<Prefs> }
  | { type: 'connection'; connection: Connection }
  | { type: 'announce'; text: string }
  | { type: 'wipe'; prefs: Prefs };

/** Visit data that survives a renderer reload (sessionStorage), and nothing more. */
export type VisitSnapshot = {
  prefs: Prefs;
  sessionId: string | null;
  consentGiven: boolean;
  documentsSeen: boolean;
};

export function initialState(defaults: Prefs, saved: VisitSnapshot | null = null): KioskState {
  return {
    prefs: saved?.prefs ?? defaults,
    step: 'attract',
    view: null,
    flagsFor: saved?.sessionId ?? null,
    consentGiven: saved?.consentGiven ?? false,
    documentsSeen: saved?.documentsSeen ?? false,
    request: null,
    outcome: null,
    connection: 'connecting',
    status: { text: '', seq: 0 },
    visit: 0,
    endedByBranch: false,
  };
}

/** A closed session is as good as none: the participant has left. */
const live = (view: BoothSessionView | null) => (view && view.state !== 'closed' ? view : null);

export function reduce(state: KioskState, action: Action): KioskState {
  switch (action.type) {
    case 'view': {
      // A view of this visit older than the one shown (a reply overtaken by a push) is dropped.
      if (
        action.view &&
        state.view?.sessionId === action.view.sessionId &&
        action.view.revision < state.view.revision
      )
        return state;
      if (action.view?.state === 'closed' && action.view.sessionId === state.view?.sessionId)
        return { ...state, view: null, request: null, endedByBranch: true };
      const view = live(action.view);
      const sameVisit = view !== null && view.sessionId === state.flagsFor;
      return {
        ...state,
        view,
        flagsFor: view?.sessionId ?? null,
        consentGiven: view?.consentGiven === true || (sameVisit && state.consentGiven),
        documentsSeen: sameVisit && state.documentsSeen,
        // A prompt belongs to the conversation; it ends when the CSO's focus leaves.
        request: view?.focused ? state.request : null,
        outcome: view ? (view.outcome ?? (sameVisit ? state.outcome : null)) : null,
      };
    }
    case 'queue': {
      const { place } = action;
      if (state.view?.sessionId !== place.sessionId || place.revision < state.view.revision) return state;
      return {
        ...state,
        view: {
          ...state.view,
          queuePosition: place.queuePosition,
          etaMinutes: place.etaMinutes,
          revision: place.revision,
        },
      };
    }
    case 'request':
      return state.view?.focused ? { ...state, request: action.request } : state;
    case 'dismissRequest':
      return { ...state, request: null };
    case 'outcome':
      return { ...state, outcome: action.outcome, request: null };
    case 'start':
      return { ...state, step: 'checkIn' };
    case 'consented':
      return { ...state, consentGiven: true };
    case 'refused':
      return { ...state, view: null, flagsFor: null, step: 'refused', consentGiven: false, request: null };
    case 'documentsSeen':
      return { ...state, documentsSeen: true };
    case 'prefs':
      return { ...state, prefs: { ...state.prefs, ...action.prefs } };
    case 'connection':
      return { ...state, connection: action.connection };
    case 'announce':
      return { ...state, status: { text: action.text, seq: state.status.seq + 1 } };
    case 'wipe':
      return { ...initialState(action.prefs), connection: state.connection, visit: state.visit + 1 };
  }
}

export function screenOf(state: KioskState): Screen {
  const view = state.view;
  if (!view) return state.step;
  if (state.outcome ?? view.outcome) return 'outcome';
  if (view.claimType === null) return state.consentGiven ? 'claim' : 'consent';
  if (view.focused) return 'call';
  return state.documentsSeen ? 'waiting' : 'documents';
}

/**
 * What inactivity means on the screen the participant is on:
 * - `wipe`: nobody is waiting for a desk yet (check-in, consent, claim) or the visit is over
 *   (outcome): a participant who walked away leaves nothing behind for the next one;
 * - `markAbsent`: queued or seated and not yet called. Waits are minutes long and many
 *   participants are elderly, so silence only tells the CSO they are away; the place is kept;
 * - `none`: nothing to wipe (attract), already marked absent, or the CSO has started the
 *   conversation (held booths wait for their CSO without touching anything).
 */
export type IdlePolicy = 'none' | 'wipe' | 'markAbsent';

export function idlePolicy(state: KioskState): IdlePolicy {
  const screen = screenOf(state);
  if (screen === 'attract' || screen === 'call') return 'none';
  if (screen === 'outcome') return 'wipe';
  const view = state.view;
  if (!view || view.claimType === null) return 'wipe';
  if (view.absent) return 'none';
  return view.state === 'selfService' || view.state === 'waiting' ? 'markAbsent' : 'none';
}
