import type { Logger } from 'pino';
import { AccountAdmin } from './auth/accountAdmin.js';
import { BoothEnrollment } from './auth/boothEnrollment.js';
import { FirstRunSetup } from './auth/firstRun.js';
import { OfficerAccounts } from './auth/officerAccounts.js';
import { BoothFleet } from './booths/boothFleet.js';
import { BranchEvents } from './branchEvents.js';
import { CaptureStore } from './claims/captureStore.js';
import { CaseReview } from './claims/caseReview.js';
import { SessionService } from './claims/sessionService.js';
import { DEFAULT_CLAIM_SETTINGS, type ClaimSettings } from './claims/settings.js';
import { Board } from './desks/board.js';
import { BoothLinks } from './desks/boothLinks.js';
import { DeskService } from './desks/deskService.js';
import { FloorGuard } from './desks/floorGuard.js';
import { ReconnectGrace } from './desks/reconnectGrace.js';
import { HelpCalls } from './desks/helpCalls.js';
import { BoothPresence } from './desks/presence.js';
import { Views } from './desks/views.js';
import type { MediaNetwork } from './media/peerMedia.js';
import type { WorkerPool } from './media/workerPool.js';
import type { Db } from './store/db.js';
import { Store } from './store/store.js';

/** The branch's services wired together: what the signalling and HTTP layers act on. */
export class Branch {
  readonly events = new BranchEvents();
  readonly links = new BoothLinks();
  readonly reconnect: ReconnectGrace;
  readonly store: Store;
  readonly enrollment: BoothEnrollment;
  readonly officers: OfficerAccounts;
  readonly accounts: AccountAdmin;
  readonly firstRun: FirstRunSetup;
  readonly fleet: BoothFleet;
  readonly board: Board;
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
    this.store = new Store(db);
    this.enrollment = new BoothEnrollment(db, this.store.booths, this.events);
    this.officers = new OfficerAccounts(db, this.store.officers, this.events);
    this.accounts = new AccountAdmin(db, this.store.officers, this.events);
    this.firstRun = new FirstRunSetup(this.officers);
    this.captures = new CaptureStore(captureDir);
    this.desks = new DeskService(db, this.store, workers, network, this.events, this.links, logger);
    this.reconnect = new ReconnectGrace(
      this.links,
      this.desks,
      this.store,
      this.events,
      reconnectGraceMs,
      logger,
    );
    this.floor = new FloorGuard(this.desks, this.store, logger);
    this.sessions = new SessionService(db, this.store, this.desks, this.captures, this.events);
    this.review = new CaseReview(db, this.store, this.events, settings.policy);
    this.presence = new BoothPresence(db, this.store, this.store.presence, this.desks, this.events, logger);
    this.helpCalls = new HelpCalls(db, this.store, this.store.presence, this.desks, this.events);
    this.fleet = new BoothFleet(db, this.store, this.links, this.desks, this.events);
    this.board = new Board(db, this.store, this.desks, this.links, this.officers);
    this.views = this.createViews();
  }

  /** Views over this branch, with a cache of their own (tests compare a fresh one with the live one). */
  createViews(): Views {
    return new Views(
      this.store,
      this.store.presence,
      this.desks,
      this.helpCalls,
      this.officers,
      this.settings,
      (id) => this.boothName(id),
      this.events,
    );
  }

  boothName(boothId: string): string {
    return this.store.booths.name(boothId) ?? boothId;
  }

  async start(): Promise<void> {
    await this.desks.restore();
  }
}
