import { randomUUID } from 'node:crypto';
import { isValidClaim, parseNik, validateKpj, type PriorityNeed } from '@bilik/shared';
import { appendAudit } from '../audit/auditLog.js';
import type { Booth } from '../auth/boothEnrollment.js';
import type { BranchEvents } from '../branchEvents.js';
import type { DeskService } from '../desks/deskService.js';
import { ServiceError } from '../errors.js';
import type { Db } from '../store/db.js';
import type { SessionRow } from '../store/sessions.js';
import type { Store } from '../store/store.js';
import type { CaptureStore } from './captureStore.js';
import { claimReference } from './reference.js';

type CheckIn = { method: 'nikKpj'; nik: string; kpj: string } | { method: 'booking'; bookingCode: string };

/** A participant's visit from check-in to outcome: every step durable and audited before it is acknowledged. */
export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly store: Store,
    private readonly desks: DeskService,
    private readonly captures: CaptureStore,
    private readonly events: BranchEvents,
  ) {}

  async checkIn(booth: Booth, input: CheckIn, now = new Date()): Promise<SessionRow> {
    const identity = this.identify(input);
    const stale = this.store.sessions.openForBooth(booth.id);
    const id = randomUUID();
    this.db.transaction(() => {
      if (stale) {
        this.store.sessions.update(stale.id, { state: 'closed', closed_at: now.toISOString() });
        appendAudit(this.db, {
          actor: `booth:${booth.id}`,
          action: 'session.abandoned',
          subject: stale.id,
          details: {},
        });
      }
      this.store.sessions.insert({
        id,
        booth_id: booth.id,
        state: 'checkingIn',
        created_at: now.toISOString(),
        ...identity,
      });
      if (identity.booking_code) this.store.participants.useBooking(identity.booking_code, now.toISOString());
      appendAudit(this.db, {
        actor: `booth:${booth.id}`,
        action: 'session.checkedIn',
        subject: id,
        details: { method: input.method },
      });
    })();
    if (stale) await this.desks.release(stale.id);
    return this.store.sessions.get(id)!;
  }

  private identify(
    input: CheckIn,
  ): Pick<SessionRow, 'nik' | 'kpj' | 'participant_name' | 'birth_date' | 'sex' | 'booking_code'> {
    if (input.method === 'booking') {
      const code = input.bookingCode.trim().toUpperCase();
      const row = this.store.participants.byOpenBooking(code);
      if (!row) throw new ServiceError('NOT_FOUND', 'booking code not found or already used');
      return {
        nik: row.nik,
        kpj: row.kpj,
        participant_name: row.name,
        birth_date: row.birth_date,
        sex: row.sex,
        booking_code: code,
      };
    }
    const nik = parseNik(input.nik);
    if (!nik.ok) throw new ServiceError('BAD_REQUEST', nik.error);
    const kpj = validateKpj(input.kpj);
    if (!kpj.ok) throw new ServiceError('BAD_REQUEST', kpj.error);
    const known = this.store.participants.byNikKpj(nik.value.nik, kpj.value);
    // An unknown pair is not refused: the CSO verifies identity on video; the screen only prefills.
    return {
      nik: nik.value.nik,
      kpj: kpj.value,
      participant_name: known?.name ?? null,
      birth_date: known?.birth_date ?? nik.value.birthDate,
      sex: known?.sex ?? nik.value.sex,
      booking_code: null,
    };
  }

  openSession(booth: Booth): SessionRow {
    const s = this.store.sessions.openForBooth(booth.id);
    if (!s) throw new ServiceError('CONFLICT', 'check in first');
    return s;
  }

  /** Refusal is not a dead end: the session closes and the screen points to the service counter. */
  async consent(booth: Booth, accepted: boolean, now = new Date()): Promise<SessionRow> {
    const s = this.openSession(booth);
    this.db.transaction(() => {
      this.store.sessions.update(
        s.id,
        accepted ? { consent_at: now.toISOString() } : { state: 'closed', closed_at: now.toISOString() },
      );
      appendAudit(this.db, {
        actor: `booth:${booth.id}`,
        action: accepted ? 'consent.given' : 'consent.refused',
        subject: s.id,
        details: {},
      });
    })();
    return this.store.sessions.get(s.id)!;
  }

  async chooseClaim(
    booth: Booth,
    claim: { claimType: string; reason: string; priorityNeed: PriorityNeed | null },
    now = new Date(),
  ): Promise<SessionRow> {
    const s = this.openSession(booth);
    if (!s.consent_at) throw new ServiceError('CONFLICT', 'consent is needed first');
    if (!isValidClaim(claim.claimType, claim.reason))
      throw new ServiceError('BAD_REQUEST', `unknown reason ${claim.reason} for ${claim.claimType}`);
    if (this.store.cases.claim(s.id)) throw new ServiceError('CONFLICT', 'claim already chosen');
    this.db.transaction(() => {
      this.store.cases.insertClaim({
        id: randomUUID(),
        session_id: s.id,
        claim_type: claim.claimType,
        reason: claim.reason,
        reference: claimReference(now),
        amount: null,
        created_at: now.toISOString(),
      });
      this.store.sessions.update(s.id, {
        state: 'selfService',
        priority_need: claim.priorityNeed,
        queued_at: now.toISOString(),
      });
      appendAudit(this.db, {
        actor: `booth:${booth.id}`,
        action: 'claim.chosen',
        subject: s.id,
        details: claim,
      });
    })();
    await this.desks.assignQueued(now);
    return this.store.sessions.get(s.id)!;
  }

  storeCapture(
    sessionId: string,
    capturedBy: string,
    documentKind: string,
    mimeType: string,
    data: Uint8Array,
    now = new Date(),
  ): string {
    const s = this.store.sessions.get(sessionId);
    if (!s || s.closed_at) throw new ServiceError('NOT_FOUND', 'no open session');
    if (!s.consent_at) throw new ServiceError('CONFLICT', 'no consent to capture documents');
    const id = randomUUID();
    const fileName = `${id}.bin`;
    const { sha256 } = this.captures.write(fileName, data);
    this.db.transaction(() => {
      this.store.cases.insertCapture({
        id,
        session_id: sessionId,
        document_kind: documentKind,
        mime_type: mimeType,
        sha256,
        bytes: data.byteLength,
        file_name: fileName,
        captured_by: capturedBy,
        created_at: now.toISOString(),
      });
      appendAudit(this.db, {
        actor: capturedBy,
        action: 'capture.stored',
        subject: sessionId,
        details: { captureId: id, documentKind, sha256 },
      });
    })();
    this.events.emit('sessionChanged', sessionId);
    return id;
  }

  /** The participant leaves: the session closes and the slot goes to the next in line. */
  async finish(booth: Booth, now = new Date()): Promise<void> {
    const s = this.store.sessions.openForBooth(booth.id);
    if (!s) return;
    this.db.transaction(() => {
      this.store.sessions.update(s.id, { state: 'closed', closed_at: now.toISOString() });
      appendAudit(this.db, {
        actor: `booth:${booth.id}`,
        action: 'session.closed',
        subject: s.id,
        details: {},
      });
    })();
    await this.desks.release(s.id);
  }
}
