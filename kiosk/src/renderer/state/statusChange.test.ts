import { describe, expect, it } from 'vitest';
import { boothView } from '../test-support/boothView.js';
import { statusChange } from './statusChange.js';

const base = boothView({
  state: 'selfService',
  participantName: null,
  claimType: 'JHT',
  reason: 'resignation',
  consentGiven: true,
  queuePosition: 3,
  etaMinutes: 8,
});
const officer = { displayName: 'Rina Kartika', staffId: 'CSO-0101' };

describe('statusChange', () => {
  it('announces the queue moving, the CSO arriving, speaking, and turning away', () => {
    expect(statusChange(null, base)).toEqual({ key: 'status.queue', params: { position: 3 } });
    expect(statusChange(base, { ...base, queuePosition: 2 })).toEqual({
      key: 'status.queue',
      params: { position: 2 },
    });
    const seated = { ...base, queuePosition: null, officer, deskId: 'd1', state: 'waiting' as const };
    expect(statusChange(base, seated)).toEqual({ key: 'status.seated', params: { name: 'Rina Kartika' } });
    const focused = { ...seated, focused: true, state: 'inConversation' as const };
    expect(statusChange(seated, focused)?.key).toBe('status.inCall');
    expect(statusChange(focused, { ...focused, focused: false, state: 'onHold' })?.key).toBe('status.onHold');
  });

  it('stays quiet when nothing a participant cares about changed', () => {
    expect(statusChange(base, { ...base, captures: [{ documentKind: 'ektp', captureId: 'c1' }] })).toBeNull();
    expect(statusChange(base, null)).toBeNull();
  });
});
