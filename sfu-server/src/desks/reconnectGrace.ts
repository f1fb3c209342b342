import type { Logger } from 'pino';
import type { BranchEvents } from '../branchEvents.js';
import type { Store } from '../store/store.js';
import type { BoothLinks } from './boothLinks.js';
import type { DeskService } from './deskService.js';

/**
 * A seated booth that loses the LAN keeps its slot, shown to its CSO as reconnecting, for a grace
 * period; after that it goes back to the head of the queue (audited), and is seated again once it
 * is back. A queued booth that is offline is skipped by the assignment until it returns.
 */
export class ReconnectGrace {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly links: BoothLinks,
    private readonly desks: DeskService,
    private readonly store: Store,
    private readonly events: BranchEvents,
    private readonly graceMs: number,
    private readonly logger: Logger,
  ) {
    links.on('offline', (boothId) => this.lost(boothId));
    links.on('online', (boothId) => this.back(boothId));
  }

  private lost(boothId: string): void {
    const session = this.store.sessions.openForBooth(boothId);
    if (!session?.desk_id) return;
    this.desks.signalsOf(session.id).reconnecting = true;
    this.events.emit('signalsChanged', session.desk_id);
    this.logger.info({ boothId, sessionId: session.id }, 'booth connection lost; slot kept');
    clearTimeout(this.timers.get(boothId));
    const timer = setTimeout(() => {
      this.timers.delete(boothId);
      if (this.links.isOnline(boothId)) return;
      this.desks
        .returnToQueue(session.id, 'connectionLost')
        .catch((err: unknown) =>
          this.logger.error({ err, boothId }, 'could not return a lost booth to the queue'),
        );
    }, this.graceMs);
    timer.unref();
    this.timers.set(boothId, timer);
  }

  private back(boothId: string): void {
    clearTimeout(this.timers.get(boothId));
    this.timers.delete(boothId);
    const session = this.store.sessions.openForBooth(boothId);
    if (!session) return;
    const signals = this.desks.signalsOf(session.id);
    if (signals.reconnecting) {
      signals.reconnecting = false;
      if (session.desk_id) this.events.emit('signalsChanged', session.desk_id);
    }
    if (!session.desk_id && session.queued_at)
      this.desks
        .assignQueued()
        .catch((err: unknown) => this.logger.error({ err, boothId }, 'could not seat a returning booth'));
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
