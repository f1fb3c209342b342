import { randomUUID } from 'node:crypto';
import type { HelpCallView } from '@bilik/shared';
import { appendAudit } from '../audit/auditLog.js';
import type { Booth } from '../auth/boothEnrollment.js';
import type { Officer } from '../auth/officerAccounts.js';
import type { BranchEvents } from '../branchEvents.js';
import type { Db } from '../store/db.js';
import type { HelpCallRow, PresenceRepository } from '../store/presence.js';
import type { Store } from '../store/store.js';
import { ServiceError } from '../errors.js';
import type { Desk } from './desk.js';
import type { DeskService } from './deskService.js';

/**
 * "Panggil petugas". A call goes to the desk whose slots hold the booth's open session, and to
 * every desk when the booth is not seated. The desk is looked up in the live desks' slots (what
 * the floor acts on) each time it is needed, at the call and whenever a desk view is built, so a
 * booth seated, handed off or released after calling is shown where it is now. A call stays,
 * in the database, until a CSO acknowledges it; focusing the booth no longer clears it.
 */
export class HelpCalls {
  constructor(
    private readonly db: Db,
    private readonly store: Store,
    private readonly repo: PresenceRepository,
    private readonly desks: DeskService,
    private readonly events: BranchEvents,
  ) {}

  call(booth: Booth, now = new Date()): HelpCallRow {
    const session = this.store.sessions.openForBooth(booth.id);
    const row = {
      id: randomUUID(),
      booth_id: booth.id,
      session_id: session?.id ?? null,
      called_at: now.toISOString(),
    };
    this.db.transaction(() => {
      this.repo.insertHelpCall(row);
      appendAudit(this.db, {
        actor: `booth:${booth.id}`,
        action: 'help.called',
        subject: row.session_id,
        details: { helpCallId: row.id },
      });
    })();
    const desk = this.deskOfBooth(booth.id);
    this.events.emit(
      'helpCalled',
      { helpCallId: row.id, sessionId: row.session_id, boothName: booth.name },
      desk?.id ?? null,
    );
    this.changed(desk);
    return { ...row, state: 'open', acknowledged_at: null, acknowledged_by: null };
  }

  acknowledge(desk: Desk, officer: Officer, helpCallId: string, now = new Date()): void {
    const call = this.repo.helpCall(helpCallId);
    if (!call) throw new ServiceError('NOT_FOUND', 'no such call for help');
    const target = this.deskOfBooth(call.booth_id);
    if (target && target !== desk) throw new ServiceError('FORBIDDEN', 'that booth is at another desk');
    if (call.state !== 'open') return;
    this.db.transaction(() => {
      const answered = this.repo.acknowledgeHelpCalls(call.booth_id, officer.id, now.toISOString());
      appendAudit(this.db, {
        actor: `officer:${officer.id}`,
        action: 'help.acknowledged',
        subject: call.session_id,
        details: { helpCallId, boothId: call.booth_id, calls: answered },
      });
    })();
    this.changed(target);
  }

  /** The open calls a desk must show: from booths seated at it, and from booths seated nowhere. */
  forDesk(deskId: string, boothName: (boothId: string) => string): HelpCallView[] {
    const latest = new Map<string, HelpCallView>();
    for (const call of this.repo.openHelpCalls()) {
      const at = this.deskOfBooth(call.booth_id);
      if (at && at.id !== deskId) continue;
      // Repeated presses are one call, dated from the latest.
      latest.set(call.booth_id, {
        helpCallId: call.id,
        boothName: boothName(call.booth_id),
        sessionId: call.session_id,
        calledAt: call.called_at,
        seatedHere: at !== null,
      });
    }
    return [...latest.values()];
  }

  /** The open call of the booth a session belongs to, for its tile. */
  openCallOf(boothId: string): string | null {
    let id: string | null = null;
    for (const call of this.repo.openHelpCalls()) if (call.booth_id === boothId) id = call.id;
    return id;
  }

  private deskOfBooth(boothId: string): Desk | null {
    const session = this.store.sessions.openForBooth(boothId);
    if (!session) return null;
    return this.desks.all().find((d) => d.seats(session.id)) ?? null;
  }

  /** A seated booth's call concerns its desk; an unseated one's, every desk. */
  private changed(desk: Desk | null): void {
    for (const d of desk ? [desk] : this.desks.all()) this.events.emit('deskChanged', d.id);
  }
}
