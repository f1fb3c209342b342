import type { Logger } from 'pino';
import type { SessionState } from '@bilik/shared';
import { appendAudit } from '../audit/auditLog.js';
import type { Booth } from '../auth/boothEnrollment.js';
import type { Officer } from '../auth/officerAccounts.js';
import type { BranchEvents } from '../branchEvents.js';
import type { Db } from '../store/db.js';
import type { PresenceRepository } from '../store/presence.js';
import type { Store } from '../store/store.js';
import { ServiceError } from '../errors.js';
import type { Desk } from './desk.js';
import type { DeskService } from './deskService.js';

/**
 * Before a desk calls them, participants wait minutes; many are elderly and step away. A booth
 * that does not answer "Masih di sana?" is marked absent and keeps its place; the CSO sees it
 * and may end the session, and so does a long timeout. Nobody is wiped for waiting.
 */

/** Where a participant may be asked whether they are still there: queued or seated, not yet served. */
const ASKABLE: ReadonlySet<SessionState> = new Set(['selfService', 'waiting']);

export type PresenceSettings = {
  /** An absent booth's session ends after this long without the participant coming back. */
  absentTimeoutMs: number;
  /** How often the timeout is checked. */
  sweepIntervalMs: number;
};

export function presenceSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): PresenceSettings {
  const minutes = Number(env.BILIK_ABSENT_TIMEOUT_MINUTES ?? 30);
  return {
    absentTimeoutMs: (Number.isFinite(minutes) && minutes > 0 ? minutes : 30) * 60_000,
    sweepIntervalMs: 30_000,
  };
}

/** The absent sessions whose timeout has run out. */
export function absencesToEnd(
  absent: readonly { sessionId: string; since: string }[],
  nowMs: number,
  timeoutMs: number,
): string[] {
  return absent.filter((a) => nowMs - Date.parse(a.since) >= timeoutMs).map((a) => a.sessionId);
}

export class BoothPresence {
  constructor(
    private readonly db: Db,
    private readonly store: Store,
    private readonly repo: PresenceRepository,
    private readonly desks: DeskService,
    private readonly events: BranchEvents,
    private readonly logger: Logger,
  ) {}

  /** Records the participant's answer (or silence); returns since when they are absent, if they are. */
  set(booth: Booth, present: boolean, now = new Date()): string | null {
    const s = this.store.sessions.openForBooth(booth.id);
    if (!s) throw new ServiceError('CONFLICT', 'check in first');
    const absentSince = this.repo.absentSince(s.id);
    if (present === (absentSince === null)) return absentSince;
    if (!present && (s.queued_at === null || !ASKABLE.has(s.state)))
      throw new ServiceError('CONFLICT', 'only a participant still waiting for a desk can be absent');
    const at = now.toISOString();
    this.db.transaction(() => {
      this.repo.setPresence(s.id, present ? 'present' : 'absent', at);
      appendAudit(this.db, {
        actor: `booth:${booth.id}`,
        action: present ? 'booth.present' : 'booth.absent',
        subject: s.id,
        details: present ? { absentSince } : {},
      });
    })();
    this.events.emit('sessionChanged', s.id);
    return present ? null : at;
  }

  /** The CSO gives up an absent booth's place at their desk. */
  async endAtDesk(desk: Desk, officer: Officer, sessionId: string, now = new Date()): Promise<void> {
    if (!desk.seats(sessionId)) throw new ServiceError('FORBIDDEN', 'that booth is not at your desk');
    if (this.repo.absentSince(sessionId) === null)
      throw new ServiceError('CONFLICT', 'the participant is at the booth');
    await this.end(sessionId, `officer:${officer.id}`, 'officer', now);
  }

  /** Ends every absent session whose timeout has run out. */
  async sweep(timeoutMs: number, now = new Date()): Promise<void> {
    for (const id of absencesToEnd(this.repo.absentOpenSessions(), now.getTime(), timeoutMs))
      await this.end(id, 'system', 'timeout', now);
  }

  startSweeping(settings: PresenceSettings): () => void {
    const timer = setInterval(() => {
      this.sweep(settings.absentTimeoutMs).catch((err: unknown) =>
        this.logger.error({ err }, 'absent booth sweep failed'),
      );
    }, settings.sweepIntervalMs);
    return () => clearInterval(timer);
  }

  private async end(sessionId: string, actor: string, cause: 'officer' | 'timeout', now: Date) {
    const absentSince = this.repo.absentSince(sessionId);
    this.db.transaction(() => {
      this.store.sessions.update(sessionId, { state: 'closed', closed_at: now.toISOString() });
      appendAudit(this.db, {
        actor,
        action: 'session.endedAbsent',
        subject: sessionId,
        details: { cause, absentSince },
      });
    })();
    this.logger.info({ sessionId, cause }, 'absent booth session ended');
    this.events.emit('sessionChanged', sessionId);
    await this.desks.release(sessionId);
    // A queued booth leaving moves everyone behind it up one place.
    this.events.emit('queueChanged');
  }
}
