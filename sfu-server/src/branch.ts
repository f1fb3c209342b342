import type { Logger } from 'pino';
import { BoothEnrollment } from './auth/boothEnrollment.js';
import { OfficerAccounts } from './auth/officerAccounts.js';
import { BranchEvents } from './branchEvents.js';
import { CaptureStore } from './claims/captureStore.js';
import { CaseReview } from './claims/caseReview.js';
import { SessionService } from './claims/sessionService.js';
import { DEFAULT_CLAIM_SETTINGS, type ClaimSettings } from './claims/settings.js';
import { BoothLinks } from './desks/boothLinks.js';
import { DeskService } from './desks/deskService.js';
import { FloorGuard } from './desks/floorGuard.js';
import { ReconnectGrace } from './desks/reconnectGrace.js';
import { HelpCalls } from './desks/helpCalls.js';
import { BoothPresence } from './desks/presence.js';
import { Views } from './desks/views.js';
import type { MediaNetwork } from './media/peerMedia.js';
import type { WorkerPool } from './media/workerPool.js';
import { statement, type Db } from './store/db.js';
import { PresenceRepository } from './store/presence.js';
import { SessionRepository } from './store/sessions.js';

/** The branch's services wired together: what the signalling and HTTP layers act on. */
export class Branch {
  readonly events = new BranchEvents();
  readonly links = new BoothLinks();
  readonly reconnect: ReconnectGrace;
  readonly sessionRepo: SessionRepository;
  readonly enrollment: BoothEnrollment;
  readonly officers: OfficerAccounts;
  readonly desks: DeskService;
  readonly floor: FloorGuard;
  readonly sessions: SessionService;
  readonly review: CaseReview;
  readonly views: Views;
  readonly captures: CaptureStore;
  readonly presence: BoothPresence;
  readonly helpCalls: HelpCalls;

  constructor(
    readonly db: Db,
    readonly workers: WorkerPool,
    network: MediaNetwork,
    captureDir: string,
    reconnectGraceMs: number,
    logger: Logger,
    readonly settings: ClaimSettings = DEFAULT_CLAIM_SETTINGS,
  ) {
    this.sessionRepo = new SessionRepository(db);
    this.enrollment = new BoothEnrollment(db);
    this.officers = new OfficerAccounts(db);
    this.captures = new CaptureStore(captureDir);
    this.desks = new DeskService(db, this.sessionRepo, workers, network, this.events, this.links, logger);
    this.reconnect = new ReconnectGrace(
      this.links,
      this.desks,
      this.sessionRepo,
      this.events,
      reconnectGraceMs,
      logger,
    );
    this.floor = new FloorGuard(this.desks, this.sessionRepo, logger);
    this.sessions = new SessionService(db, this.sessionRepo, this.desks, this.captures, this.events);
    this.review = new CaseReview(db, this.sessionRepo, this.events, settings.policy);
    const presenceRepo = new PresenceRepository(db);
    this.presence = new BoothPresence(db, this.sessionRepo, presenceRepo, this.desks, this.events, logger);
    this.helpCalls = new HelpCalls(db, this.sessionRepo, presenceRepo, this.desks, this.events);
    this.views = new Views(
      this.sessionRepo,
      presenceRepo,
      this.desks,
      this.helpCalls,
      this.officers,
      settings,
      (id) => this.boothName(id),
    );
  }

  boothName(boothId: string): string {
    return (
      (
        statement(this.db, 'SELECT name FROM booths WHERE id = ?').get(boothId) as
          { name: string } | undefined
      )?.name ?? boothId
    );
  }

  async start(): Promise<void> {
    await this.desks.restore();
  }
}
