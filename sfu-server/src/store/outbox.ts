import { statement, type Db } from './db.js';

/** SQL for the payment outbox: approved claims waiting to be handed to the core system. */
export class OutboxRepository {
  constructor(private readonly db: Db) {}

  enqueuePayment(claimCaseId: string, payload: object, at: string): void {
    statement(
      this.db,
      'INSERT INTO payment_outbox (claim_case_id, payload, created_at) VALUES (?, ?, ?)',
    ).run(claimCaseId, JSON.stringify(payload), at);
  }
}
