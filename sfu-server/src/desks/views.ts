import {
  PriorityNeed,
  caseSegment,
  factsFromMembership,
  membershipFacts,
  type BoothOutcome,
  type BoothSessionView,
  type ClaimSegment,
  type Decision,
  type DeskView,
  type SlotView,
} from '@bilik/shared';
import type { OfficerAccounts } from '../auth/officerAccounts.js';
import type { ClaimSettings } from '../claims/settings.js';
import { estimateWaitMinutes, queueOrder } from '../queue/assignment.js';
import { bringByDate, pendingDaysFromEnv } from '../claims/pendingDeadline.js';
import type { PresenceRepository } from '../store/presence.js';
import type { SessionRow } from '../store/sessions.js';
import type { Store } from '../store/store.js';
import type { BranchEvents } from '../branchEvents.js';
import type { DeskSnapshot } from './desk.js';
import type { DeskService } from './deskService.js';
import type { HelpCalls } from './helpCalls.js';
import { ViewCache } from './viewCache.js';

type QueueIndex = { positions: Map<string, number>; servingSlots: number };
type SlotSession = NonNullable<SlotView['session']>;

export const AVERAGE_SERVICE_MINUTES = Number(process.env.BILIK_AVG_SERVICE_MINUTES ?? 8);
const PENDING_DAYS = pendingDaysFromEnv();

/**
 * Builds what screens show from the database and the live desks; no decisions are made here.
 * What a view reads from the database is cached until the next write or branch event, so a
 * screen asking again (or a push to a queue of booths) costs a lookup, not a dozen queries.
 */
export class Views {
  private readonly cache: ViewCache;

  constructor(
    private readonly store: Store,
    private readonly presence: PresenceRepository,
    private readonly desks: DeskService,
    private readonly helpCalls: HelpCalls,
    private readonly officers: OfficerAccounts,
    private readonly settings: ClaimSettings,
    private readonly boothName: (boothId: string) => string,
    private readonly events: BranchEvents,
  ) {
    this.cache = new ViewCache(() => `${store.writes()}:${events.revision}`);
  }

  /** Each queued booth's place in line and the slots serving the queue, computed once per change. */
  queue(): QueueIndex {
    return this.cache.get('queue', () => {
      const order = queueOrder(
        this.store.sessions
          .queued()
          .map((q) => ({ sessionId: q.id, priority: q.priority_need !== null, queuedAt: q.queued_at! })),
      );
      return {
        positions: new Map(order.map((q, i) => [q.sessionId, i + 1])),
        servingSlots: this.desks.all().reduce((n, d) => n + d.identity.slotCount, 0),
      };
    });
  }

  /** The ETA of a place in line; null while no desk is open. */
  etaMinutes(position: number): number | null {
    return estimateWaitMinutes(position, this.queue().servingSlots, AVERAGE_SERVICE_MINUTES);
  }

  booth(sessionId: string): BoothSessionView | null {
    const s = this.store.sessions.get(sessionId);
    return s ? this.boothOf(s) : null;
  }

  /** The view of a session row the caller already holds (just written, so it exists). */
  boothOf(s: SessionRow): BoothSessionView {
    return this.cache.get(`booth:${s.id}`, () => this.buildBooth(s));
  }

  private buildBooth(s: SessionRow): BoothSessionView {
    const claim = this.store.cases.claim(s.id);
    const desk = s.desk_id ? this.desks.get(s.desk_id) : undefined;
    const officer = desk ? this.officers.byId(desk.officerId) : null;
    const position = this.queue().positions.get(s.id) ?? null;
    const decision =
      s.state === 'decided' || s.state === 'closed' ? this.store.cases.latestDecision(s.id) : null;
    const outcome = decision ? this.outcome(s.id) : null;
    return {
      revision: this.events.revision,
      sessionId: s.id,
      state: s.state,
      participantName: s.participant_name,
      claimType: claim?.claim_type ?? null,
      reason: claim?.reason ?? null,
      // Stored only after chooseClaim's schema accepted it.
      priorityNeed: PriorityNeed.nullable().parse(s.priority_need),
      consentGiven: s.consent_at !== null,
      queuePosition: position,
      etaMinutes: position === null ? null : this.etaMinutes(position),
      officer: officer ? { displayName: officer.displayName, staffId: officer.staffId } : null,
      focused: desk?.focusedSessionId === s.id,
      captures: this.store.cases
        .captures(s.id)
        .map((c) => ({ documentKind: c.document_kind, captureId: c.id })),
      deskId: desk?.id ?? null,
      mediaEpoch: desk?.mediaEpoch ?? 0,
      outcome,
      documentSegment: this.documentSegment(s.nik, s.kpj),
      privacy: this.settings.privacy,
      absent: this.presence.absentSince(s.id) !== null,
      pendingBringBy: decision?.decision === 'pending' ? bringByDate(decision.decidedAt, PENDING_DAYS) : null,
    };
  }

  /** The booth lists documents by the same rule as the CSO's checklist, from the same membership data. */
  private documentSegment(nik: string | null, kpj: string | null): ClaimSegment {
    const record = (nik && kpj && this.store.participants.membership(nik, kpj)) || null;
    return caseSegment(membershipFacts(record), factsFromMembership(record));
  }

  /**
   * A desk as a snapshot shows it: the caller chooses the moment (now, or right after its
   * operation, whose revision the view then carries). Live signals are read as they are now.
   */
  desk(desk: DeskSnapshot, revision = this.events.revision): DeskView {
    const officer = this.officers.byId(desk.officerId);
    return {
      revision,
      deskId: desk.id,
      officer: { displayName: officer?.displayName ?? '?', staffId: officer?.staffId ?? '?' },
      focusedSessionId: desk.focused,
      queueLength: this.queue().positions.size,
      helpCalls: this.helpCalls.forDesk(desk.id, this.boothName),
      mediaEpoch: desk.mediaEpoch,
      policy: this.settings.policy,
      slots: desk.slots.map((sessionId, slot): SlotView => ({
        slot,
        session: sessionId ? this.liveSlotSession(sessionId) : null,
      })),
    };
  }

  private liveSlotSession(sessionId: string): SlotSession | null {
    const cached = this.cache.get(`slot:${sessionId}`, () => this.slotSession(sessionId));
    if (!cached) return null;
    const signals = this.desks.signalsOf(sessionId);
    return {
      ...cached,
      networkScore: signals.score,
      speaking: signals.speaking,
      reconnecting: signals.reconnecting,
    };
  }

  private slotSession(sessionId: string): SlotSession | null {
    const s = this.store.sessions.get(sessionId);
    if (!s) return null;
    const claim = this.store.cases.claim(s.id);
    return {
      sessionId: s.id,
      boothId: s.booth_id,
      boothName: this.boothName(s.booth_id),
      participantName: s.participant_name,
      nik: s.nik,
      kpj: s.kpj,
      birthDate: s.birth_date,
      sex: s.sex,
      claimType: claim?.claim_type ?? null,
      reason: claim?.reason ?? null,
      priorityNeed: s.priority_need,
      state: s.state,
      checkedInAt: s.created_at,
      waitingSince: s.waiting_since,
      absentSince: this.presence.absentSince(s.id),
      lastAttentionAt: s.last_attention_at,
      networkScore: null,
      speaking: false,
      helpCallId: this.helpCalls.openCallOf(s.booth_id),
      reconnecting: false,
      captures: this.store.cases
        .captures(s.id)
        .map((c) => ({ captureId: c.id, documentKind: c.document_kind, sha256: c.sha256, at: c.created_at })),
      verdicts: this.store.cases
        .verdicts(s.id)
        .map((v) => ({ documentKind: v.document_kind, verdict: v.verdict, reason: v.reason })),
      notes: this.store.cases.notes(s.id),
      membership: (s.nik && s.kpj && this.store.participants.membership(s.nik, s.kpj)) || null,
      decision: this.outcome(s.id),
    };
  }

  /** The latest decision on a session's claim, as the booth's outcome screen shows it. */
  private outcome(sessionId: string): BoothOutcome | null {
    const decision = this.store.cases.latestDecision(sessionId);
    const claim = this.store.cases.claim(sessionId);
    if (!decision || !claim) return null;
    return {
      decision: decision.decision as Decision,
      reference: claim.reference,
      reason: decision.reason,
      missing: decision.missing,
    };
  }
}
