import type { BoothStatusView, HeartbeatRequest } from '@bilik/shared';
import { appendAudit } from '../audit/auditLog.js';
import type { Booth } from '../auth/boothEnrollment.js';
import type { Officer } from '../auth/officerAccounts.js';
import type { BranchEvents } from '../branchEvents.js';
import type { BoothLinks } from '../desks/boothLinks.js';
import type { DeskService } from '../desks/deskService.js';
import { ServiceError } from '../errors.js';
import type { Db } from '../store/db.js';
import type { Store } from '../store/store.js';

/**
 * Branch IT's booth PCs: what each reports in its heartbeat (app version, cameras, reader), who
 * is connected, and revocation: a revoked booth's token stops working at once, its sockets are
 * closed and a visit in progress ends (audited), so a stolen PC cannot serve a participant.
 */
export class BoothFleet {
  constructor(
    private readonly db: Db,
    private readonly store: Store,
    private readonly links: BoothLinks,
    private readonly desks: DeskService,
    private readonly events: BranchEvents,
  ) {
    // Connecting and disconnecting change the list branch IT is looking at.
    links.on('online', () => this.events.emit('boothsChanged'));
    links.on('offline', () => this.events.emit('boothsChanged'));
  }

  /** Not audited: a routine report every 30 s, kept as the booth's latest state only. */
  heartbeat(booth: Booth, report: HeartbeatRequest, now = new Date()): void {
    this.store.booths.recordHeartbeat(booth.id, now.toISOString(), report.appVersion, report.devices);
    this.events.emit('boothsChanged');
  }

  list(): BoothStatusView[] {
    return this.store.booths.health().map((b) => ({
      boothId: b.id,
      name: b.name,
      enrolled: b.enrolled_at !== null && b.has_token === 1,
      revoked: b.revoked_at !== null,
      online: this.links.isOnline(b.id),
      lastSeenAt: b.last_seen_at,
      appVersion: b.app_version,
      camera: b.camera,
      documentCamera: b.document_camera,
      barcodeReader: b.barcode_reader,
    }));
  }

  async revoke(admin: Officer, boothId: string, now = new Date()): Promise<void> {
    const name = this.store.booths.name(boothId);
    if (name === undefined) throw new ServiceError('NOT_FOUND', 'no such booth');
    const at = now.toISOString();
    const session = this.store.sessions.openForBooth(boothId);
    const revoked = this.db.transaction(() => {
      if (!this.store.booths.revoke(boothId, at)) return false;
      if (session) this.store.sessions.update(session.id, { state: 'closed', closed_at: at });
      appendAudit(this.db, {
        actor: `officer:${admin.id}`,
        action: 'booth.revoked',
        subject: boothId,
        details: { boothName: name, endedSession: session?.id ?? null },
      });
      return true;
    })();
    if (!revoked) return;
    this.events.emit('boothRevoked', boothId);
    if (session) {
      this.events.emit('sessionChanged', session.id);
      await this.desks.release(session.id);
      this.events.emit('queueChanged');
    }
    this.events.emit('boothsChanged');
  }
}
