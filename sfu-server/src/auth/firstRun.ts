import { timingSafeEqual } from 'node:crypto';
import type { SetupRequest } from '@bilik/shared';
import { ServiceError } from '../errors.js';
import type { OfficerAccounts } from './officerAccounts.js';
import { newEnrollmentCode, tokenHash } from './secrets.js';

export const SETUP_TOKEN_MINUTES = 30;

/**
 * A real install starts with no account at all. The one way in is a one-time setup token the
 * server prints to its own console and log (so only whoever runs the server sees it), valid for
 * 30 minutes, that creates the first admin at /console/. Kept in memory only: a restart prints a
 * new one, and once any account exists there is nothing left to set up.
 */
export class FirstRunSetup {
  private pending: { hash: string; expiresAt: number } | null = null;

  constructor(private readonly officers: OfficerAccounts) {}

  get needed(): boolean {
    return this.officers.count() === 0;
  }

  /** A fresh token (the previous one stops working), or null when accounts exist. */
  issue(now = new Date()): { token: string; expiresAt: string } | null {
    if (!this.needed) return null;
    // Two enrollment-style groups: typed from a console print-out without ambiguity.
    const token = `${newEnrollmentCode()}-${newEnrollmentCode()}`;
    const expiresAt = now.getTime() + SETUP_TOKEN_MINUTES * 60_000;
    this.pending = { hash: tokenHash(token), expiresAt };
    return { token, expiresAt: new Date(expiresAt).toISOString() };
  }

  /** Creates the first admin with the printed token; the token is spent whatever happens next. */
  async createFirstAdmin(input: SetupRequest, now = new Date()): Promise<void> {
    const pending = this.pending;
    const given = Buffer.from(tokenHash(input.token.trim().toUpperCase()), 'hex');
    const valid =
      pending !== null &&
      pending.expiresAt > now.getTime() &&
      timingSafeEqual(given, Buffer.from(pending.hash, 'hex'));
    if (!valid) throw new ServiceError('INVALID_CREDENTIALS', 'setup token unknown, used or expired');
    if (!this.needed) throw new ServiceError('CONFLICT', 'this branch already has accounts');
    this.pending = null;
    // Audited as created by the first run, in the same transaction as the account.
    await this.officers.create({ ...input, role: 'admin' }, 'system:first-run');
  }
}
