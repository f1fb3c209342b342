import { AuditRepository } from './auditRows.js';
import { BoardRepository } from './board.js';
import { BoothRepository } from './booths.js';
import { CaseFileRepository } from './caseFiles.js';
import { statement, type Db } from './db.js';
import { DeskRepository } from './desks.js';
import { HistoryRepository } from './history.js';
import { OfficerRepository } from './officers.js';
import { OutboxRepository } from './outbox.js';
import { ParticipantRepository } from './participants.js';
import { PresenceRepository } from './presence.js';
import { SessionRepository } from './sessions.js';

/** Every repository of the branch database, one per aggregate; callers own the transactions. */
export class Store {
  readonly sessions: SessionRepository;
  readonly cases: CaseFileRepository;
  readonly desks: DeskRepository;
  readonly outbox: OutboxRepository;
  readonly participants: ParticipantRepository;
  readonly officers: OfficerRepository;
  readonly booths: BoothRepository;
  readonly presence: PresenceRepository;
  readonly audit: AuditRepository;
  readonly board: BoardRepository;
  readonly history: HistoryRepository;

  /**
   * Rows this server has written since it opened the database (SQLite's total_changes()): a
   * cheap stamp that moves on every write, so anything derived from the database can be cached
   * until it does.
   */
  writes(): number {
    return (statement(this.db, 'SELECT total_changes() AS n').get() as { n: number }).n;
  }

  constructor(readonly db: Db) {
    this.sessions = new SessionRepository(db);
    this.cases = new CaseFileRepository(db);
    this.desks = new DeskRepository(db);
    this.outbox = new OutboxRepository(db);
    this.participants = new ParticipantRepository(db);
    this.officers = new OfficerRepository(db);
    this.booths = new BoothRepository(db);
    this.presence = new PresenceRepository(db);
    this.audit = new AuditRepository(db);
    this.board = new BoardRepository(db);
    this.history = new HistoryRepository(db);
  }
}
