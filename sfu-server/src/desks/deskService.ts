import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { appendAudit } from '../audit/auditLog.js';
import type { Officer } from '../auth/officerAccounts.js';
import type { BranchEvents } from '../branchEvents.js';
import type { MediaNetwork } from '../media/peerMedia.js';
import type { WorkerPool } from '../media/workerPool.js';
import { planAssignments } from '../queue/assignment.js';
import type { Db } from '../store/db.js';
import type { DeskRow, SessionRepository } from '../store/sessions.js';
import { DeskRoom, boothKey } from './deskRoom.js';
import { applyDeskEvent, type DeskPolicyState } from './policy.js';

export type LiveDesk = {
  row: DeskRow;
  officerId: string;
  room: DeskRoom;
  policy: DeskPolicyState;
  /** Bumped whenever the desk's router is rebuilt: clients must set up their media again. */
  mediaEpoch: number;
};

/** Live, per-booth signals that are not worth a database row. */
export type BoothSignals = { score: number | null; speaking: boolean; helpCalled: boolean };

export class ServiceError extends Error {
  constructor(
    readonly code:
      'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'NO_FREE_SLOT' | 'BAD_REQUEST' | 'APPROVAL_BLOCKED',
    message: string,
  ) {
    super(message);
  }
}

/** Desks, their rooms and the queue: opening, focusing, assigning, handing off, restoring. */
export class DeskService {
  private readonly desks = new Map<string, LiveDesk>();
  readonly signals = new Map<string, BoothSignals>();
  /**
   * Media epochs start from this server's start time, so a desk restored after a restart never
   * repeats an epoch its clients saw before: they set up media again on the new router.
   */
  private readonly firstMediaEpoch = Date.now();

  constructor(
    private readonly db: Db,
    private readonly sessions: SessionRepository,
    private readonly workers: WorkerPool,
    private readonly network: MediaNetwork,
    private readonly events: BranchEvents,
    private readonly logger: Logger,
  ) {
    workers.on('workerReplaced', () => void this.rebuildOrphanedRooms());
  }

  all(): LiveDesk[] {
    return [...this.desks.values()];
  }

  get(deskId: string): LiveDesk | undefined {
    return this.desks.get(deskId);
  }

  ofOfficer(officerId: string): LiveDesk | undefined {
    return this.all().find((d) => d.officerId === officerId);
  }

  signalsOf(sessionId: string): BoothSignals {
    let s = this.signals.get(sessionId);
    if (!s) this.signals.set(sessionId, (s = { score: null, speaking: false, helpCalled: false }));
    return s;
  }

  /** Re-creates every desk that was open when the server stopped, with its booths in their slots. */
  async restore(): Promise<void> {
    for (const row of this.sessions.openDesks()) {
      const slots: (string | null)[] = Array.from({ length: row.slots }, () => null);
      for (const s of this.sessions.atDesk(row.id))
        if (s.slot !== null && s.slot < row.slots) slots[s.slot] = s.id;
      const focused =
        row.focused_session_id && slots.includes(row.focused_session_id) ? row.focused_session_id : null;
      await this.attach(row, { slots, focused });
    }
    await this.assignQueued();
  }

  private async attach(row: DeskRow, policy: DeskPolicyState): Promise<LiveDesk> {
    const room = await DeskRoom.create(await this.workers.leastLoaded(), this.network);
    const desk: LiveDesk = { row, officerId: row.officer_id, room, policy, mediaEpoch: this.firstMediaEpoch };
    this.wireRoom(desk);
    await room.setFocus(policy.focused);
    this.desks.set(row.id, desk);
    return desk;
  }

  private wireRoom(desk: LiveDesk): void {
    desk.room.on('producerAvailable', (to, producer) =>
      this.events.emit('producerAvailable', desk.row.id, to, producer),
    );
    desk.room.on('consumerClosed', (to, consumerId) =>
      this.events.emit('consumerClosed', desk.row.id, to, consumerId),
    );
    desk.room.on('score', (sessionId, score) => {
      const s = this.signalsOf(sessionId);
      if (s.score !== score) {
        s.score = score;
        this.events.emit('deskChanged', desk.row.id);
      }
    });
    desk.room.on('speaking', (ids) => {
      let changed = false;
      for (const sessionId of desk.policy.slots) {
        if (!sessionId) continue;
        const s = this.signalsOf(sessionId);
        const now = ids.includes(sessionId);
        if (s.speaking !== now) {
          s.speaking = now;
          changed = true;
        }
      }
      if (changed) this.events.emit('deskChanged', desk.row.id);
    });
    desk.room.router.observer.on('close', () =>
      this.logger.info({ deskId: desk.row.id }, 'desk router closed'),
    );
  }

  private async rebuildOrphanedRooms(): Promise<void> {
    for (const desk of this.desks.values()) {
      if (!desk.room.router.closed) continue;
      desk.room = await DeskRoom.create(await this.workers.leastLoaded(), this.network);
      desk.mediaEpoch++;
      this.wireRoom(desk);
      await desk.room.setFocus(desk.policy.focused);
      this.logger.warn({ deskId: desk.row.id }, 'desk rebuilt on a new worker');
      this.events.emit('deskChanged', desk.row.id);
      for (const s of desk.policy.slots) if (s) this.events.emit('sessionChanged', s);
    }
  }

  async open(officer: Officer, slots: number, now = new Date()): Promise<LiveDesk> {
    if (this.ofOfficer(officer.id)) throw new ServiceError('CONFLICT', 'you already have an open desk');
    const row: DeskRow = {
      id: randomUUID(),
      officer_id: officer.id,
      slots,
      opened_at: now.toISOString(),
      closed_at: null,
      focused_session_id: null,
    };
    this.db.transaction(() => {
      this.sessions.insertDesk(row);
      appendAudit(this.db, {
        actor: `officer:${officer.id}`,
        action: 'desk.opened',
        subject: row.id,
        details: { slots },
      });
    })();
    const desk = await this.attach(row, { slots: Array.from({ length: slots }, () => null), focused: null });
    await this.assignQueued();
    return desk;
  }

  /** Closing a desk puts its booths back at the head of the queue; nobody is dropped. */
  async close(desk: LiveDesk, now = new Date()): Promise<void> {
    const ids = desk.policy.slots.filter((s): s is string => s !== null);
    this.db.transaction(() => {
      for (const id of ids) this.sessions.update(id, { desk_id: null, slot: null, state: 'selfService' });
      this.sessions.updateDesk(desk.row.id, { closed_at: now.toISOString(), focused_session_id: null });
      appendAudit(this.db, {
        actor: `officer:${desk.officerId}`,
        action: 'desk.closed',
        subject: desk.row.id,
        details: { returnedToQueue: ids },
      });
    })();
    desk.room.close();
    this.desks.delete(desk.row.id);
    for (const id of ids) this.events.emit('sessionChanged', id);
    await this.assignQueued();
  }

  /** Moves the audio floor. Resolves after the database row and the mediasoup consumers agree. */
  async focus(desk: LiveDesk, sessionId: string | null, now = new Date()): Promise<void> {
    const result = applyDeskEvent(desk.policy, { type: 'focus', sessionId });
    if (!result.ok)
      throw new ServiceError(
        result.error.code === 'NOT_FOUND' ? 'FORBIDDEN' : result.error.code,
        result.error.message,
      );
    const previous = desk.policy.focused;
    const at = now.toISOString();
    this.db.transaction(() => {
      if (previous && previous !== sessionId)
        this.sessions.update(previous, { state: 'onHold', waiting_since: at, last_attention_at: at });
      if (sessionId)
        this.sessions.update(sessionId, {
          state: 'inConversation',
          waiting_since: null,
          last_attention_at: at,
        });
      this.sessions.updateDesk(desk.row.id, { focused_session_id: sessionId });
      appendAudit(this.db, {
        actor: `officer:${desk.officerId}`,
        action: 'desk.focus',
        subject: desk.row.id,
        details: { from: previous, to: sessionId },
      });
    })();
    desk.policy = result.state;
    // Turning to a booth answers its call for help.
    if (sessionId) this.signalsOf(sessionId).helpCalled = false;
    await desk.room.setFocus(sessionId);
    this.events.emit('deskChanged', desk.row.id);
    for (const id of new Set([previous, sessionId])) if (id) this.events.emit('sessionChanged', id);
  }

  /** Fills free slots from the queue (priority first, least-loaded desk first). */
  async assignQueued(now = new Date()): Promise<void> {
    const queued = this.sessions
      .queued()
      .map((s) => ({ sessionId: s.id, priority: s.priority_need !== null, queuedAt: s.queued_at! }));
    const open = this.all().map((d) => ({
      deskId: d.row.id,
      slots: d.row.slots,
      occupied: d.policy.slots.filter(Boolean).length,
      openedAt: d.row.opened_at,
    }));
    const plan = planAssignments(queued, open);
    for (const { sessionId, deskId } of plan) this.seat(this.desks.get(deskId)!, sessionId, now);
    if (plan.length > 0 || queued.length > 0) this.events.emit('queueChanged');
  }

  private seat(desk: LiveDesk, sessionId: string, now: Date): void {
    const result = applyDeskEvent(desk.policy, { type: 'join', sessionId });
    if (!result.ok)
      throw new ServiceError(
        result.error.code === 'NOT_FOUND' ? 'CONFLICT' : result.error.code,
        result.error.message,
      );
    const slot = result.state.slots.indexOf(sessionId);
    this.db.transaction(() => {
      this.sessions.update(sessionId, {
        desk_id: desk.row.id,
        slot,
        state: 'waiting',
        waiting_since: now.toISOString(),
      });
      appendAudit(this.db, {
        actor: 'system',
        action: 'session.assigned',
        subject: sessionId,
        details: { deskId: desk.row.id, slot },
      });
    })();
    desk.policy = result.state;
    this.events.emit('deskChanged', desk.row.id);
    this.events.emit('sessionChanged', sessionId);
  }

  /** The booth leaves its desk (finished, or handed off): its media goes, its slot frees. */
  async release(sessionId: string, refill = true): Promise<void> {
    const desk = this.all().find((d) => d.policy.slots.includes(sessionId));
    if (!desk) return;
    const result = applyDeskEvent(desk.policy, { type: 'leave', sessionId });
    if (!result.ok) return;
    const hadFloor = desk.policy.focused === sessionId;
    desk.policy = result.state;
    desk.room.removePeer(boothKey(sessionId));
    if (hadFloor) {
      this.sessions.updateDesk(desk.row.id, { focused_session_id: null });
      await desk.room.setFocus(null);
    }
    this.signals.delete(sessionId);
    this.events.emit('deskChanged', desk.row.id);
    if (refill) await this.assignQueued();
  }

  async handOff(from: LiveDesk, sessionId: string, toDeskId: string, now = new Date()): Promise<void> {
    if (!from.policy.slots.includes(sessionId))
      throw new ServiceError('FORBIDDEN', 'that booth is not at your desk');
    const to = this.desks.get(toDeskId);
    if (!to || to === from) throw new ServiceError('NOT_FOUND', 'no such other open desk');
    if (!to.policy.slots.includes(null))
      throw new ServiceError('NO_FREE_SLOT', 'the other desk has no free slot');
    appendAudit(this.db, {
      actor: `officer:${from.officerId}`,
      action: 'session.handedOff',
      subject: sessionId,
      details: { from: from.row.id, to: to.row.id },
    });
    await this.release(sessionId, false);
    this.seat(to, sessionId, now);
    await this.assignQueued(now);
  }
}
