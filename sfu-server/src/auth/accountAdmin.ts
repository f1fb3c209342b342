import type { OfficerAccountView } from '@bilik/shared';
import { appendAudit } from '../audit/auditLog.js';
import type { BranchEvents } from '../branchEvents.js';
import { ServiceError } from '../errors.js';
import type { Db } from '../store/db.js';
import type { OfficerRepository, OfficerRow } from '../store/officers.js';
import { assertPasswordRule, type Officer } from './officerAccounts.js';
import { hashPassword } from './secrets.js';

const view = (r: OfficerRow): OfficerAccountView => ({
  officerId: r.id,
  username: r.username,
  displayName: r.display_name,
  staffId: r.staff_id,
  role: r.role,
  disabled: r.disabled_at !== null,
  mustChangePassword: r.must_change_password === 1,
  lockedUntil: r.locked_until,
});

/**
 * What branch IT does to officer accounts: list, disable or enable, and reset a password. A
 * disabled or reset account is signed out everywhere at once (tokens deleted, sockets closed).
 */
export class AccountAdmin {
  constructor(
    private readonly db: Db,
    private readonly officers: OfficerRepository,
    private readonly events: BranchEvents,
  ) {}

  list(): OfficerAccountView[] {
    return this.officers.list().map(view);
  }

  setDisabled(admin: Officer, officerId: string, disabled: boolean, now = new Date()): void {
    const row = this.existing(officerId);
    if (disabled && row.id === admin.id)
      throw new ServiceError('CONFLICT', 'you cannot disable your own account');
    if ((row.disabled_at !== null) === disabled) return;
    this.db.transaction(() => {
      this.officers.setDisabled(row.id, disabled ? now.toISOString() : null);
      // Checked inside the transaction: two admins disabling each other cannot both succeed.
      if (disabled && row.role === 'admin' && this.officers.activeAdmins() === 0)
        throw new ServiceError('CONFLICT', 'the last active admin cannot be disabled');
      const signedOut = disabled ? this.officers.deleteTokensOf(row.id) : 0;
      appendAudit(this.db, {
        actor: `officer:${admin.id}`,
        action: disabled ? 'officer.disabled' : 'officer.enabled',
        subject: row.id,
        details: { username: row.username, signedOut },
      });
    })();
    if (disabled) this.events.emit('signedOut', { officerId: row.id });
  }

  async resetPassword(admin: Officer, officerId: string, password: string): Promise<void> {
    const row = this.existing(officerId);
    assertPasswordRule(row.username, password);
    const hash = await hashPassword(password);
    this.db.transaction(() => {
      this.officers.setPassword(row.id, hash, true);
      const signedOut = this.officers.deleteTokensOf(row.id);
      appendAudit(this.db, {
        actor: `officer:${admin.id}`,
        action: 'officer.passwordReset',
        subject: row.id,
        details: { username: row.username, signedOut },
      });
    })();
    this.events.emit('signedOut', { officerId: row.id });
  }

  private existing(officerId: string): OfficerRow {
    const row = this.officers.byId(officerId);
    if (!row) throw new ServiceError('NOT_FOUND', 'no such officer');
    return row;
  }
}
