import { describe, expect, it } from 'vitest';
import {
  idlePolicy,
  initialState,
  reduce,
  screenOf,
  type Action,
  type KioskState,
  type Prefs,
} from './journey.js';
import { boothView } from '../test-support/boothView.js';

const PREFS: Prefs = { lang: 'id', largeText: false, highContrast: false, speech: true };

const view = boothView;

const run = (...actions: Action[]): KioskState => actions.reduce(reduce, initialState(PREFS));
const claimed = view({ claimType: 'JHT', reason: 'resignation', state: 'selfService', queuePosition: 1 });
const officer = { displayName: 'Rina Kartika', staffId: 'CSO-0101' };

describe('screenOf', () => {
  it('walks attract → check-in → consent → claim → documents → waiting', () => {
    expect(screenOf(run())).toBe('attract');
    expect(screenOf(run({ type: 'start' }))).toBe('checkIn');
    expect(screenOf(run({ type: 'start' }, { type: 'view', view: view() }))).toBe('consent');
    expect(screenOf(run({ type: 'view', view: view() }, { type: 'consented' }))).toBe('claim');
    const queued = run(
      { type: 'view', view: view() },
      { type: 'consented' },
      { type: 'view', view: claimed },
    );
    expect(screenOf(queued)).toBe('documents');
    expect(screenOf(reduce(queued, { type: 'documentsSeen' }))).toBe('waiting');
  });

  it('shows the call while focused, whatever step the participant was on, and the outcome above all', () => {
    const focused = view({ ...claimed, state: 'inConversation', officer, focused: true, deskId: 'd1' });
    expect(screenOf(run({ type: 'view', view: focused }))).toBe('call');
    const outcome = { decision: 'approved' as const, reference: 'BLK-1', reason: null, missing: [] };
    expect(screenOf(run({ type: 'view', view: focused }, { type: 'outcome', outcome }))).toBe('outcome');
    expect(screenOf(run({ type: 'view', view: { ...focused, state: 'decided', outcome } }))).toBe('outcome');
  });

  it('treats a closed session as none, and keeps the refusal screen until the visit ends', () => {
    expect(screenOf(run({ type: 'start' }, { type: 'view', view: view({ state: 'closed' }) }))).toBe(
      'checkIn',
    );
    const refused = run({ type: 'view', view: view() }, { type: 'refused' });
    expect(screenOf(refused)).toBe('refused');
    expect(screenOf(reduce(refused, { type: 'view', view: null }))).toBe('refused');
    expect(screenOf(reduce(refused, { type: 'wipe', prefs: PREFS }))).toBe('attract');
  });
});

describe('reduce', () => {
  it('drops a view of this visit older than the one shown, not one of another visit', () => {
    const shown = run({ type: 'view', view: { ...claimed, revision: 9, queuePosition: 1 } });
    expect(reduce(shown, { type: 'view', view: { ...claimed, revision: 8, queuePosition: 3 } })).toBe(shown);
    const next = reduce(shown, { type: 'view', view: view({ sessionId: 's2', revision: 2 }) });
    expect(next.view?.sessionId).toBe('s2');
  });

  it('moves a queued booth to its new place without a new view, unless the place is stale or not its own', () => {
    const shown = run({ type: 'view', view: { ...claimed, revision: 4, queuePosition: 5, etaMinutes: 16 } });
    const moved = reduce(shown, {
      type: 'queue',
      place: { revision: 6, sessionId: 's1', queuePosition: 2, etaMinutes: 8 },
    });
    expect(moved.view).toMatchObject({ queuePosition: 2, etaMinutes: 8, revision: 6, claimType: 'JHT' });
    const stale = { revision: 3, sessionId: 's1', queuePosition: 9, etaMinutes: 40 };
    expect(reduce(moved, { type: 'queue', place: stale })).toBe(moved);
    expect(reduce(moved, { type: 'queue', place: { ...stale, revision: 9, sessionId: 's2' } })).toBe(moved);
  });

  it('forgets the seen-flags when another session arrives, keeps them for the same one', () => {
    const s = run(
      { type: 'view', view: view() },
      { type: 'consented' },
      { type: 'view', view: claimed },
      { type: 'documentsSeen' },
    );
    expect(reduce(s, { type: 'view', view: { ...claimed, queuePosition: 2 } }).documentsSeen).toBe(true);
    const other = reduce(s, { type: 'view', view: view({ sessionId: 's2' }) });
    expect(other).toMatchObject({ consentGiven: false, documentsSeen: false, flagsFor: 's2' });
  });

  it('takes consent from the server after a reload that lost the local flag', () => {
    const reloaded = reduce(initialState(PREFS), { type: 'view', view: view({ consentGiven: true }) });
    expect(screenOf(reloaded)).toBe('claim');
    expect(screenOf(reduce(initialState(PREFS), { type: 'view', view: view() }))).toBe('consent');
  });

  it('restores flags saved before a reload only for the session they belong to', () => {
    const saved = {
      prefs: { ...PREFS, lang: 'en' as const },
      sessionId: 's1',
      consentGiven: true,
      documentsSeen: true,
    };
    const restored = reduce(initialState(PREFS, saved), { type: 'view', view: claimed });
    expect(restored).toMatchObject({ documentsSeen: true, prefs: { lang: 'en' } });
    expect(screenOf(restored)).toBe('waiting');
    expect(
      reduce(initialState(PREFS, saved), { type: 'view', view: { ...claimed, sessionId: 's9' } })
        .documentsSeen,
    ).toBe(false);
  });

  it('takes CSO requests only in conversation, and drops them when the focus leaves', () => {
    const request = { kind: 'showDocument' as const, documentKind: 'ektp', at: '2026-01-01T00:00:00Z' };
    expect(run({ type: 'view', view: claimed }, { type: 'request', request }).request).toBeNull();
    const focused = view({ ...claimed, officer, focused: true, deskId: 'd1', state: 'inConversation' });
    const asked = run({ type: 'view', view: focused }, { type: 'request', request });
    expect(asked.request).toEqual(request);
    expect(
      reduce(asked, { type: 'view', view: { ...focused, focused: false, state: 'onHold' } }).request,
    ).toBeNull();
    expect(reduce(asked, { type: 'dismissRequest' }).request).toBeNull();
  });

  it('wipes everything but the connection, back to the default preferences', () => {
    const s = run(
      { type: 'connection', connection: 'online' },
      { type: 'prefs', prefs: { lang: 'en', largeText: true } },
      { type: 'view', view: claimed },
      { type: 'announce', text: 'x' },
      { type: 'wipe', prefs: PREFS },
    );
    expect(s).toEqual({ ...initialState(PREFS), connection: 'online', visit: 1 });
  });
});

describe('idlePolicy', () => {
  const outcome = { decision: 'pending' as const, reference: 'BLK-1', reason: null, missing: ['npwp'] };
  const seated = { ...claimed, officer, deskId: 'd1', state: 'waiting' as const };

  it('does nothing on the attract screen, where nobody is', () => {
    expect(idlePolicy(run())).toBe('none');
  });

  it('wipes an abandoned check-in, consent or claim choice: no place in the queue yet', () => {
    expect(idlePolicy(run({ type: 'start' }))).toBe('wipe');
    expect(idlePolicy(run({ type: 'view', view: view() }))).toBe('wipe');
    expect(idlePolicy(run({ type: 'view', view: view({ consentGiven: true }) }))).toBe('wipe');
    expect(idlePolicy(run({ type: 'view', view: view() }, { type: 'refused' }))).toBe('wipe');
  });

  it('only marks absent a participant queued or seated and not yet called, on either screen', () => {
    expect(idlePolicy(run({ type: 'view', view: claimed }))).toBe('markAbsent');
    expect(idlePolicy(run({ type: 'view', view: claimed }, { type: 'documentsSeen' }))).toBe('markAbsent');
    expect(idlePolicy(run({ type: 'view', view: seated }, { type: 'documentsSeen' }))).toBe('markAbsent');
  });

  it('waits for a touch once absent, instead of asking again', () => {
    expect(idlePolicy(run({ type: 'view', view: { ...seated, absent: true } }))).toBe('none');
  });

  it('leaves the participant alone once the CSO has started: on hold, in conversation, deciding', () => {
    for (const state of ['onHold', 'deciding'] as const)
      expect(idlePolicy(run({ type: 'view', view: { ...seated, state } })), state).toBe('none');
    const focused = { ...seated, focused: true, state: 'inConversation' as const };
    expect(idlePolicy(run({ type: 'view', view: focused }))).toBe('none');
  });

  it('wipes after the outcome, when the visit is over', () => {
    expect(idlePolicy(run({ type: 'view', view: { ...seated, state: 'decided', outcome } }))).toBe('wipe');
  });
});

describe('a session the branch closes', () => {
  it('is flagged for a local wipe when it is the one on screen, and ignored otherwise', () => {
    const s = run({ type: 'view', view: claimed });
    const ended = reduce(s, { type: 'view', view: { ...claimed, state: 'closed' } });
    expect(ended).toMatchObject({ view: null, endedByBranch: true });
    expect(reduce(ended, { type: 'wipe', prefs: PREFS }).endedByBranch).toBe(false);
    expect(reduce(run(), { type: 'view', view: { ...claimed, state: 'closed' } }).endedByBranch).toBe(false);
  });
});
