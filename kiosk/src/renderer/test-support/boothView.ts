// Builds BoothSessionViews for unit tests: a participant just checked in, overridden field by field.

import type { BoothSessionView } from '@bilik/shared';

export function boothView(patch: Partial<BoothSessionView> = {}): BoothSessionView {
  return {
    revision: 1,
    sessionId: 's1',
    state: 'checkingIn',
    participantName: 'Siti Aminah',
    claimType: null,
    reason: null,
    priorityNeed: null,
    consentGiven: false,
    queuePosition: null,
    etaMinutes: null,
    officer: null,
    focused: false,
    captures: [],
    deskId: null,
    mediaEpoch: 0,
    outcome: null,
    documentSegment: {},
    privacy: { office: 'Kantor Cabang Jakarta Salemba', retentionDays: 1825, dpoContact: null },
    absent: false,
    pendingBringBy: null,
    ...patch,
  };
}
