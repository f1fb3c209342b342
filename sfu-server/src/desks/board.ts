import { localIsoDate, type BoardBooth, type BoardHelpCall, type BoardView } from '@bilik/shared';
import type { OfficerAccounts } from '../auth/officerAccounts.js';
import { estimateWaitMinutes, queueOrder } from '../queue/assignment.js';
import type { BoardSessionRow } from '../store/board.js';
import type { Db } from '../store/db.js';
import type { HelpCallRow } from '../store/presence.js';
import { todayCounters } from '../store/reports.js';
import type { Store } from '../store/store.js';
import type { BoothLinks } from './boothLinks.js';
import type { DeskService } from './deskService.js';
import { AVERAGE_SERVICE_MINUTES } from './views.js';

/**
 * The supervisor's live board, built from the live desks (who sits where, who holds the floor,
 * who is reconnecting) and three queries: open sessions, open calls for help, today's counters.
 */
export class Board {
  constructor(
    private readonly db: Db,
    private readonly store: Store,
    private readonly desks: DeskService,
    private readonly links: BoothLinks,
    private readonly officers: OfficerAccounts,
  ) {}

  view(now = new Date()): BoardView {
    const sessions = new Map(this.store.board.openSessions().map((s) => [s.id, s]));
    const callOfBooth = latestCallPerBooth(this.store.presence.openHelpCalls());
    const deskOfSession = new Map<string, string>();
    for (const d of this.desks.all()) for (const s of d.slots) if (s) deskOfSession.set(s, d.id);

    const booth = (s: BoardSessionRow): BoardBooth => ({
      sessionId: s.id,
      boothName: s.booth_name,
      participantName: s.participant_name,
      claimType: s.claim_type,
      priorityNeed: s.priority_need,
      state: s.state,
      decision: s.decision,
      checkedInAt: s.created_at,
      waitingSince: s.waiting_since,
      absentSince: s.absent_since,
      reconnecting: this.desks.signals.get(s.id)?.reconnecting ?? false,
      helpCallId: callOfBooth.get(s.booth_id)?.id ?? null,
    });

    const desks = this.desks.all().map((d) => {
      const officer = this.officers.byId(d.officerId);
      const snapshot = d.serialize();
      return {
        deskId: d.id,
        officer: { displayName: officer?.displayName ?? '?', staffId: officer?.staffId ?? '?' },
        openedAt: snapshot.openedAt,
        focusedSessionId: snapshot.focused,
        slots: snapshot.slots.map((id, slot) => {
          const s = id ? sessions.get(id) : undefined;
          return { slot, booth: s ? booth(s) : null };
        }),
      };
    });

    const servingSlots = this.desks.all().reduce((n, d) => n + d.identity.slotCount, 0);
    const waiting = [...sessions.values()].filter((s) => s.queued_at !== null && !deskOfSession.has(s.id));
    const ordered = queueOrder(
      waiting.map((s) => ({ sessionId: s.id, priority: s.priority_need !== null, queuedAt: s.queued_at! })),
    );
    const queue = ordered.map((q, i) => {
      const s = sessions.get(q.sessionId)!;
      return {
        sessionId: s.id,
        boothName: s.booth_name,
        participantName: s.participant_name,
        claimType: s.claim_type,
        priorityNeed: s.priority_need,
        checkedInAt: s.created_at,
        queuedAt: q.queuedAt,
        position: i + 1,
        etaMinutes: estimateWaitMinutes(i + 1, servingSlots, AVERAGE_SERVICE_MINUTES),
        absent: s.absent_since !== null,
        online: this.links.isOnline(s.booth_id),
      };
    });

    const sessionOfBooth = new Map([...sessions.values()].map((s) => [s.booth_id, s.id]));
    const helpCalls: BoardHelpCall[] = [...callOfBooth.values()].map((c) => {
      const sessionId = sessionOfBooth.get(c.booth_id);
      return {
        helpCallId: c.id,
        boothName: this.store.booths.name(c.booth_id) ?? c.booth_id,
        sessionId: c.session_id,
        calledAt: c.called_at,
        deskId: (sessionId && deskOfSession.get(sessionId)) || null,
      };
    });

    return {
      at: now.toISOString(),
      desks,
      queue,
      helpCalls,
      today: todayCounters(this.db, localIsoDate(now)),
    };
  }
}

/** Repeated presses of one booth are one call, dated from the latest (as the desks show them). */
function latestCallPerBooth(calls: readonly HelpCallRow[]): Map<string, HelpCallRow> {
  const latest = new Map<string, HelpCallRow>();
  for (const c of calls) latest.set(c.booth_id, c);
  return latest;
}
