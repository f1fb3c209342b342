import { statement, type Db } from './db.js';

export type AuditRow = {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  details: string;
  prev_hash: string;
  hash: string;
};

/** SQL for the append-only audit log (its chain is audit/auditLog.ts's). */
export class AuditRepository {
  constructor(private readonly db: Db) {}

  last(): Pick<AuditRow, 'id' | 'hash'> | undefined {
    return statement(this.db, 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
      Pick<AuditRow, 'id' | 'hash'> | undefined;
  }

  insert(row: AuditRow): void {
    statement(
      this.db,
      'INSERT INTO audit_log (id, at, actor, action, subject, details, prev_hash, hash) VALUES (@id, @at, @actor, @action, @subject, @details, @prev_hash, @hash)',
    ).run(row);
  }

  all(): IterableIterator<AuditRow> {
    return statement(this.db, 'SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>;
  }
}
