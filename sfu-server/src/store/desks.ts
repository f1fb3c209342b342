import { statement, type Db } from './db.js';

export type DeskRow = {
  id: string;
  officer_id: string;
  slots: number;
  opened_at: string;
  closed_at: string | null;
  focused_session_id: string | null;
};

/** SQL for desks: which are open, their size and who holds the floor. Callers own the transactions. */
export class DeskRepository {
  constructor(private readonly db: Db) {}

  insert(row: DeskRow): void {
    statement(
      this.db,
      'INSERT INTO desks (id, officer_id, slots, opened_at, closed_at, focused_session_id) VALUES (@id, @officer_id, @slots, @opened_at, @closed_at, @focused_session_id)',
    ).run(row);
  }

  get(id: string): DeskRow | undefined {
    return statement(this.db, 'SELECT * FROM desks WHERE id = ?').get(id) as DeskRow | undefined;
  }

  open(): DeskRow[] {
    return statement(
      this.db,
      'SELECT * FROM desks WHERE closed_at IS NULL ORDER BY opened_at',
    ).all() as DeskRow[];
  }

  update(id: string, fields: Partial<Pick<DeskRow, 'closed_at' | 'focused_session_id'>>): void {
    const keys = Object.keys(fields);
    statement(this.db, `UPDATE desks SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({
      ...fields,
      id,
    });
  }
}
