import type { Logger } from 'pino';
import type { Store } from '../store/store.js';
import type { Desk } from './desk.js';
import type { DeskService } from './deskService.js';
import { floorViolations, type FloorViolation, type FloorViolationKind } from './floorCheck.js';

/**
 * Checks every desk's floor against the worker's own consumer states, in the desk's turn (so no
 * operation is half done), and repairs what it finds by reconciling. Run periodically in
 * production as a self-check; tests call it directly after every burst of requests.
 */
export class FloorGuard {
  readonly violationsTotal: Record<FloorViolationKind, number> = {
    heldButLive: 0,
    focusNotStored: 0,
    focusedButPaused: 0,
  };
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly desks: DeskService,
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  /** The violations found on one desk (before repair); an empty list is a healthy desk. */
  check(desk: Desk): Promise<FloorViolation[]> {
    return desk.exclusive(async () => {
      if (this.desks.get(desk.id) !== desk || desk.routerClosed) return [];
      const stored = this.store.desks.get(desk.id)?.focused_session_id ?? null;
      const violations = floorViolations(
        await desk.consumerStatesFromWorker(),
        desk.focusedSessionId,
        stored,
      );
      if (violations.length === 0) return [];
      for (const v of violations) this.violationsTotal[v.kind]++;
      this.logger.error({ deskId: desk.id, violations }, 'audio floor violated; repairing');
      // The database is what clients were told and what a restart restores: the live floor follows it.
      if (stored !== desk.focusedSessionId && (stored === null || desk.seats(stored)))
        await desk.applyFocus(stored);
      else await desk.applyRepair();
      return violations;
    });
  }

  async checkAll(): Promise<FloorViolation[]> {
    const found = await Promise.all(this.desks.all().map((d) => this.check(d)));
    return found.flat();
  }

  start(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.checkAll().catch((err: unknown) => this.logger.error({ err }, 'floor self-check failed'));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
