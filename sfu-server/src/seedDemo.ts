import type { Logger } from 'pino';
import type { Branch } from './branch.js';

export const DEMO_OFFICERS = [
  {
    username: 'cso1',
    password: 'cso1-demo-pass',
    displayName: 'Rina Kartika',
    staffId: 'CSO-0101',
    role: 'cso',
  },
  {
    username: 'cso2',
    password: 'cso2-demo-pass',
    displayName: 'Budi Santoso',
    staffId: 'CSO-0102',
    role: 'cso',
  },
  {
    username: 'admin',
    password: 'admin-demo-pass',
    displayName: 'TI Cabang',
    staffId: 'IT-0001',
    role: 'admin',
  },
] as const;

export const DEMO_PARTICIPANTS = [
  {
    kpj: '12345678901',
    nik: '3173054512900003',
    name: 'Siti Aminah',
    birthDate: '1990-12-05',
    sex: 'F',
    balance: 42_500_000,
    booking: 'BLK-2026-000123',
  },
  {
    kpj: '23456789012',
    nik: '3201011708850001',
    name: 'Agus Pratama',
    birthDate: '1985-08-17',
    sex: 'M',
    balance: 87_250_000,
    booking: 'BLK-2026-000124',
  },
] as const;

/** Demo accounts, participants, bookings and booth codes, so a newcomer can try every screen. */
export async function seedDemo(branch: Branch, logger: Logger): Promise<{ boothCodes: string[] }> {
  for (const o of DEMO_OFFICERS) await branch.officers.create(o, 'system:demo-seed');
  const insertParticipant = branch.db.prepare(
    'INSERT INTO participants (kpj, nik, name, birth_date, sex, jht_balance, account_holder) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertBooking = branch.db.prepare('INSERT INTO bookings (code, kpj, booked_for) VALUES (?, ?, ?)');
  for (const p of DEMO_PARTICIPANTS) {
    insertParticipant.run(p.kpj, p.nik, p.name, p.birthDate, p.sex, p.balance, p.name.toUpperCase());
    insertBooking.run(p.booking, p.kpj, new Date().toISOString().slice(0, 10));
  }
  const boothCodes = [1, 2, 3, 4, 5, 6].map(
    (n) => branch.enrollment.issueCode(`Bilik ${n}`, 'system:demo-seed').code,
  );
  logger.info(
    { officers: DEMO_OFFICERS.map((o) => `${o.username} / ${o.password}`), boothCodes },
    'demo data seeded',
  );
  return { boothCodes };
}
