// Builds SlotViews for unit tests: a realistic waiting JHT booth, overridden field by field.

import type { MembershipRecord, SlotView } from '@bilik/shared';

export type SlotSession = NonNullable<SlotView['session']>;

/** A branch membership row where only the given fields are known. */
export function membershipRecord(known: Partial<MembershipRecord>): MembershipRecord {
  return {
    jhtBalance: null,
    npwp: null,
    accountHolder: null,
    heirName: null,
    segment: null,
    foreigner: null,
    membershipStart: null,
    workEndDate: null,
    partialClaimDate: null,
    partialClaimAmount: null,
    deathDate: null,
    pensionAge: null,
    jpContributionMonths: null,
    ...known,
  };
}

export function slotView(index: number, session: Partial<SlotSession> | null): SlotView {
  if (session === null) return { slot: index, session: null };
  return {
    slot: index,
    session: {
      sessionId: `s${index}`,
      boothId: `b${index}`,
      boothName: `Bilik ${index + 1}`,
      participantName: 'Siti Aminah',
      nik: '3173054512900003',
      kpj: '12345678901',
      birthDate: '1990-12-05',
      sex: 'F',
      claimType: 'JHT',
      reason: 'resignation',
      priorityNeed: null,
      state: 'waiting',
      checkedInAt: '2026-03-02T09:01:00Z',
      waitingSince: '2026-03-02T09:09:00Z',
      absentSince: null,
      lastAttentionAt: null,
      networkScore: 10,
      speaking: false,
      helpCallId: null,
      reconnecting: false,
      captures: [],
      verdicts: [],
      notes: [],
      membership: null,
      decision: null,
      ...session,
    },
  };
}
