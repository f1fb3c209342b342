import type { SessionState } from '@bilik/shared';
import { statement, type Db } from './db.js';

export type SessionRow = {
  id: string;
  booth_id: string;
  state: SessionState;
  nik: string | null;
  kpj: string | null;
  participant_name: string | null;
  birth_date: string | null;
  sex: 'F' | 'M' | null;
  booking_code: string | null;
  consent_at: string | null;
  priority_need: string | null;
  desk_id: string | null;
  slot: number | null;
  queued_at: string | null;
  waiting_since: string | null;
  last_attention_at: string | null;
  created_at: string;
  closed_at: string | null;
  /** When a CSO first took the booth (focused it): the start of its handling time. */
  first_served_at: string | null;
};

/** SQL for sessions (a participant's visit at a booth); callers own the transactions. */
export class SessionRepository {
  constructor(private readonly db: Db) {}

  insert(
    row: Pick<
      SessionRow,
      | 'id'
      | 'booth_id'
      | 'state'
      | 'nik'
      | 'kpj'
      | 'participant_name'
      | 'birth_date'
      | 'sex'
      | 'booking_code'
      | 'created_at'
    >,
  ): void {
    statement(
      this.db,
      'INSERT INTO sessions (id, booth_id, state, nik, kpj, participant_name, birth_date, sex, booking_code, created_at) VALUES (@id, @booth_id, @state, @nik, @kpj, @participant_name, @birth_date, @sex, @booking_code, @created_at)',
    ).run(row);
  }

  get(id: string): SessionRow | undefined {
    return statement(this.db, 'SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
  }

  openForBooth(boothId: string): SessionRow | undefined {
    return statement(
      this.db,
      'SELECT * FROM sessions WHERE booth_id = ? AND closed_at IS NULL ORDER BY created_at DESC LIMIT 1',
    ).get(boothId) as SessionRow | undefined;
  }

  open(): SessionRow[] {
    return statement(this.db, 'SELECT * FROM sessions WHERE closed_at IS NULL').all() as SessionRow[];
  }

  /** Booths that chose a claim and wait for a desk slot. */
  queued(): SessionRow[] {
    return statement(
      this.db,
      'SELECT * FROM sessions WHERE closed_at IS NULL AND queued_at IS NOT NULL AND desk_id IS NULL',
    ).all() as SessionRow[];
  }

  atDesk(deskId: string): SessionRow[] {
    return statement(
      this.db,
      'SELECT * FROM sessions WHERE desk_id = ? AND closed_at IS NULL ORDER BY slot',
    ).all(deskId) as SessionRow[];
  }

  /** The first time a CSO takes the booth; later turns keep it. */
  markServed(id: string, at: string): void {
    statement(this.db, 'UPDATE sessions SET first_served_at = COALESCE(first_served_at, ?) WHERE id = ?').run(
      at,
      id,
    );
  }

  update(id: string, fields: Partial<Omit<SessionRow, 'id'>>): void {
    const keys = Object.keys(fields);
    if (keys.length === 0) return;
    statement(
      this.db,
      `UPDATE sessions SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`,
    ).run({ ...fields, id });
  }
}
