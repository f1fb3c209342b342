import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { appendAudit } from '../audit/auditLog.js';
import type { Officer } from '../auth/officerAccounts.js';
import type { BranchEvents } from '../branchEvents.js';
import { ServiceError } from '../errors.js';
import type { MediaNetwork } from '../media/peerMedia.js';
import type { WorkerPool } from '../media/workerPool.js';
import { planAssignments } from '../queue/assignment.js';
import type { Db } from '../store/db.js';
import type { DeskRow } from '../store/desks.js';
import type { Store } from '../store/store.js';
import type { BoothLinks } from './boothLinks.js';
import { Desk, type DeskIdentity, type DeskSnapshot } from './desk.js';
import { DeskRoom } from './deskRoom.js';
import type { DeskPolicyState } from './policy.js';
import { SerialQueue } from './serialQueue.js';

/** Live, per-booth signals that are not worth a database row. */
export type BoothSignals = { score: number | null; speaking: boolean; reconnecting: boolean };

const identityOf = (row: DeskRow): DeskIdentity => ({
  id: row.id,
  officerId: row.officer_id,
  slotCount: row.slots,
  openedAt: row.opened_at,
});

/**
 * Desks and the queue: opening, focusing, assigning, handing off, restoring. Each change to one
 * desk runs in that desk's turn (Desk.exclusive); seating from the queue and hand-offs also hold
 * the assignment queue, taken before any desk's, so plans are never made on stale occupancy.
 */
export class DeskService {
  private readonly desks = new Map<string, Desk>();
  private readonly assignment = new SerialQueue('branch:assignment');
  readonly signals = new Map<string, BoothSignals>();
  /** ICE restarts asked for by clients whose network dropped: a measure of the LAN's health. */
  iceRestarts = 0;
  /**
   * Media epochs start from this server's start time, so a desk restored after a restart never
   * repeats an epoch its clients saw before: they set up media again on the new router.
   */
  private readonly firstMediaEpoch = Date.now();

  constructor(
    private readonly db: Db,
    private readonly store: Store,
    private readonly workers: WorkerPool,
    private readonly network: MediaNetwork,
    private readonly events: BranchEvents,
    private readonly links: BoothLinks,
    private readonly logger: Logger,
  ) {
    workers.on('workerReplaced', () => void this.rebuildOrphanedRooms());
  }

  all(): Desk[] {
    return [...this.desks.values()];
  }

  get(deskId: string): Desk | undefined {
    return this.desks.get(deskId);
  }

  ofOfficer(officerId: string): Desk | undefined {
    return this.all().find((d) => d.officerId === officerId);
  }

  private isOpen(desk: Desk): boolean {
    return this.desks.get(desk.id) === desk;
  }

  signalsOf(sessionId: string): BoothSignals {
    let s = this.signals.get(sessionId);
    if (!s) this.signals.set(sessionId, (s = { score: null, speaking: false, reconnecting: false }));
    return s;
  }

  /** Re-creates every desk that was open when the server stopped, with its booths in their slots. */
  async restore(): Promise<void> {
    for (const row of this.store.desks.open()) {
      const slots: (string | null)[] = Array.from({ length: row.slots }, () => null);
      for (const s of this.store.sessions.atDesk(row.id))
        if (s.slot !== null && s.slot < row.slots) slots[s.slot] = s.id;
      const focused =
        row.focused_session_id && slots.includes(row.focused_session_id) ? row.focused_session_id : null;
      await this.attach(identityOf(row), { slots, focused });
    }
    await this.assignQueued();
  }

  private async attach(identity: DeskIdentity, policy: DeskPolicyState): Promise<Desk> {
    const desk = new Desk(identity, await this.createRoom(identity.id), policy, this.firstMediaEpoch);
    await desk.exclusive(() => desk.applyRepair());
    this.desks.set(identity.id, desk);
    return desk;
  }

  private async createRoom(deskId: string): Promise<DeskRoom> {
    const room = await DeskRoom.create(
      await this.workers.leastLoaded(),
      this.network,
      this.logger.child({ deskId }),
    );
    room.on('producerAvailable', (to, producer) =>
      this.events.emit('producerAvailable', deskId, to, producer),
    );
    room.on('consumerClosed', (to, consumerId) => this.events.emit('consumerClosed', deskId, to, consumerId));
    room.on('iceRestart', (key) => {
      this.iceRestarts++;
      this.logger.info({ deskId, peer: key }, 'ICE restarted after a network drop');
    });
    room.on('score', (sessionId, score) => {
      const s = this.signalsOf(sessionId);
      if (s.score === score) return;
      s.score = score;
      this.events.emit('signalsChanged', deskId);
    });
    room.on('speaking', (ids) => {
      let changed = false;
      for (const sessionId of this.desks.get(deskId)?.slots ?? []) {
        if (!sessionId) continue;
        const s = this.signalsOf(sessionId);
        const now = ids.includes(sessionId);
        if (s.speaking !== now) {
          s.speaking = now;
          changed = true;
        }
      }
      if (changed) this.events.emit('signalsChanged', deskId);
    });
    return room;
  }

  private async rebuildOrphanedRooms(): Promise<void> {
    for (const desk of this.all()) {
      if (!desk.routerClosed) continue;
      await desk.exclusive(async () => {
        if (!desk.routerClosed || !this.isOpen(desk)) return;
        await desk.applyRebuild(await this.createRoom(desk.id));
        this.logger.warn({ deskId: desk.id }, 'desk rebuilt on a new worker');
        this.events.emit('deskChanged', desk.id);
        for (const s of desk.slots) if (s) this.events.emit('sessionChanged', s);
      });
    }
  }

  async open(officer: Officer, slots: number, now = new Date()): Promise<Desk> {
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
      this.store.desks.insert(row);
      appendAudit(this.db, {
        actor: `officer:${officer.id}`,
        action: 'desk.opened',
        subject: row.id,
        details: { slots },
      });
    })();
    const desk = await this.attach(identityOf(row), {
      slots: Array.from({ length: slots }, () => null),
      focused: null,
    });
    this.events.emit('deskChanged', desk.id);
    await this.assignQueued(now);
    return desk;
  }

  /** Closing a desk puts its booths back at the head of the queue; nobody is dropped. */
  async close(desk: Desk, now = new Date()): Promise<void> {
    const returned = await this.assignment.run(() =>
      desk.exclusive(() => {
        if (!this.isOpen(desk)) throw new ServiceError('CONFLICT', 'this desk is closed already');
        const ids = desk.slots.filter((s): s is string => s !== null);
        this.db.transaction(() => {
          for (const id of ids)
            this.store.sessions.update(id, { desk_id: null, slot: null, state: 'selfService' });
          this.store.desks.update(desk.id, { closed_at: now.toISOString(), focused_session_id: null });
          appendAudit(this.db, {
            actor: `officer:${desk.officerId}`,
            action: 'desk.closed',
            subject: desk.id,
            details: { returnedToQueue: ids },
          });
        })();
        desk.applyClose();
        this.desks.delete(desk.id);
        return ids;
      }),
    );
    this.events.emit('deskChanged', desk.id);
    for (const id of returned) this.events.emit('sessionChanged', id);
    await this.assignQueued(now);
  }

  /**
   * Moves the audio floor. Resolves after the database row and the worker's consumers agree, with
   * the desk as this operation left it (a later operation may already have moved the floor again).
   */
  async focus(
    desk: Desk,
    sessionId: string | null,
    now = new Date(),
  ): Promise<{ desk: DeskSnapshot; revision: number }> {
    return desk.exclusive(async () => {
      if (!this.isOpen(desk)) throw new ServiceError('CONFLICT', 'this desk is closed');
      desk.check({ type: 'focus', sessionId });
      const previous = desk.focusedSessionId;
      const at = now.toISOString();
      this.db.transaction(() => {
        if (previous && previous !== sessionId)
          this.store.sessions.update(previous, { state: 'onHold', waiting_since: at, last_attention_at: at });
        if (sessionId) {
          this.store.sessions.update(sessionId, {
            state: 'inConversation',
            waiting_since: null,
            last_attention_at: at,
          });
          this.store.sessions.markServed(sessionId, at);
        }
        this.store.desks.update(desk.id, { focused_session_id: sessionId });
        appendAudit(this.db, {
          actor: `officer:${desk.officerId}`,
          action: 'desk.focus',
          subject: desk.id,
          details: { from: previous, to: sessionId },
        });
      })();
      await desk.applyFocus(sessionId);
      this.events.emit('deskChanged', desk.id);
      for (const id of new Set([previous, sessionId])) if (id) this.events.emit('sessionChanged', id);
      return { desk: desk.serialize(), revision: this.events.revision };
    });
  }

  /** Fills free slots from the queue (priority first, least-loaded desk first). */
  async assignQueued(now = new Date()): Promise<void> {
    await this.assignment.run(async () => {
      // A booth that is offline keeps its place but is not seated until it is back.
      const queued = this.store.sessions
        .queued()
        .filter((s) => this.links.isOnline(s.booth_id))
        .map((s) => ({ sessionId: s.id, priority: s.priority_need !== null, queuedAt: s.queued_at! }));
      const open = this.all().map((d) => ({
        deskId: d.id,
        slots: d.identity.slotCount,
        occupied: d.occupied,
        openedAt: d.identity.openedAt,
      }));
      const plan = planAssignments(queued, open);
      for (const { sessionId, deskId } of plan) {
        const desk = this.desks.get(deskId);
        if (desk) await desk.exclusive(() => this.seat(desk, sessionId, now));
      }
      if (plan.length > 0 || queued.length > 0) this.events.emit('queueChanged');
    });
  }

  /** In the desk's turn: re-checked there, as the booth may have left the queue since the plan. */
  private seat(desk: Desk, sessionId: string, now: Date): void {
    const s = this.store.sessions.get(sessionId);
    if (!this.isOpen(desk) || !desk.hasFreeSlot || !s || s.closed_at || s.desk_id || !s.queued_at) return;
    const slot = desk.slots.indexOf(null);
    this.db.transaction(() => {
      this.store.sessions.update(sessionId, {
        desk_id: desk.id,
        slot,
        state: 'waiting',
        waiting_since: now.toISOString(),
      });
      appendAudit(this.db, {
        actor: 'system',
        action: 'session.assigned',
        subject: sessionId,
        details: { deskId: desk.id, slot },
      });
    })();
    desk.applySeat(sessionId);
    this.events.emit('deskChanged', desk.id);
    this.events.emit('sessionChanged', sessionId);
  }

  /** The booth leaves its desk (finished, or abandoned): its media goes, its slot frees. */
  async release(sessionId: string, refill = true): Promise<void> {
    await this.leaveWherever(sessionId, (desk, hadFloor) =>
      appendAudit(this.db, {
        actor: 'system',
        action: 'session.released',
        subject: sessionId,
        details: { deskId: desk.id, hadFloor },
      }),
    );
    if (refill) await this.assignQueued();
  }

  /**
   * The booth leaves its slot but not the queue: back at its place (its queued time is kept, so
   * ahead of everyone who came after it), to be seated again when it can be.
   */
  async returnToQueue(sessionId: string, reason: string): Promise<void> {
    await this.leaveWherever(sessionId, (desk, hadFloor) => {
      this.store.sessions.update(sessionId, {
        desk_id: null,
        slot: null,
        state: 'selfService',
        waiting_since: null,
      });
      appendAudit(this.db, {
        actor: 'system',
        action: 'session.returnedToQueue',
        subject: sessionId,
        details: { deskId: desk.id, reason, hadFloor },
      });
    });
    this.events.emit('sessionChanged', sessionId);
    await this.assignQueued();
  }

  /** Takes the booth off whichever desk seats it, in that desk's turn; false if none did. */
  private async leaveWherever(
    sessionId: string,
    record: (desk: Desk, hadFloor: boolean) => void,
  ): Promise<boolean> {
    // Looked up again after each miss: a hand-off may move the booth while we wait for a turn.
    for (let desk = this.deskOf(sessionId); desk; desk = this.deskOf(sessionId)) {
      const current = desk;
      const left = await current.exclusive(async () => {
        if (!this.isOpen(current) || !current.seats(sessionId)) return false;
        await this.leave(current, sessionId, (hadFloor) => record(current, hadFloor));
        return true;
      });
      if (left) return true;
    }
    return false;
  }

  private deskOf(sessionId: string): Desk | undefined {
    return this.all().find((d) => d.seats(sessionId));
  }

  /**
   * In the desk's turn: the booth's departure is written (with the floor falling if it held it,
   * and whatever `record` adds) in one transaction before the media is taken down.
   */
  private async leave(desk: Desk, sessionId: string, record: (hadFloor: boolean) => void): Promise<void> {
    const hadFloor = desk.focusedSessionId === sessionId;
    this.db.transaction(() => {
      if (hadFloor) this.store.desks.update(desk.id, { focused_session_id: null });
      record(hadFloor);
    })();
    await desk.applyLeave(sessionId);
    this.signals.delete(sessionId);
    this.events.emit('deskChanged', desk.id);
  }

  /** Moves a booth to another desk: one transaction, both desks held (in a fixed order) throughout. */
  async handOff(from: Desk, sessionId: string, toDeskId: string, now = new Date()): Promise<void> {
    const to = this.desks.get(toDeskId);
    if (!to || to === from) throw new ServiceError('NOT_FOUND', 'no such other open desk');
    await this.assignment.run(() =>
      SerialQueue.runAll([from.queue, to.queue], async () => {
        if (!this.isOpen(from) || !this.isOpen(to))
          throw new ServiceError('CONFLICT', 'that desk has closed');
        if (!from.seats(sessionId)) throw new ServiceError('FORBIDDEN', 'that booth is not at your desk');
        if (!to.hasFreeSlot) throw new ServiceError('NO_FREE_SLOT', 'the other desk has no free slot');
        const slot = to.slots.indexOf(null);
        await this.leave(from, sessionId, (hadFloor) => {
          this.store.sessions.update(sessionId, {
            desk_id: to.id,
            slot,
            state: 'waiting',
            waiting_since: now.toISOString(),
          });
          appendAudit(this.db, {
            actor: `officer:${from.officerId}`,
            action: 'session.handedOff',
            subject: sessionId,
            details: { from: from.id, to: to.id, slot, hadFloor },
          });
        });
        to.applySeat(sessionId);
        this.events.emit('deskChanged', to.id);
        this.events.emit('sessionChanged', sessionId);
      }),
    );
    await this.assignQueued(now);
  }
}
