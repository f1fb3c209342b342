import { pino } from 'pino';
import { BoothEvents, caseDocuments, membershipFacts, OfficerEvents, type DeskView } from '@bilik/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASES, DEMO_PARTICIPANTS, seedDemo } from '../seedDemo.js';
import { enrolledBooth, loggedInOfficer, openDesk } from '../test-support/actors.js';
import {
  ok,
  request,
  startTestServer,
  type TestServer,
  type OfficerSocket,
} from '../test-support/testServer.js';

// The approval gate on the server, against the demo's membership data: approval is refused while
// a check fails, a warning is unconfirmed or a required document is unverified, and the CSO's
// reasons for confirming warnings are stored with the decision and in the audit log.
describe('approval gate (claims/caseReview decide)', () => {
  let server: TestServer;
  let cso: OfficerSocket;
  let desk: DeskView;
  let sitiSession = '';
  const siti = DEMO_PARTICIPANTS[0];
  const rudi = DEMO_CASES.find((p) => p.name === 'Rudi Hartono')!;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.branch, pino({ level: 'silent' }));
    cso = (await loggedInOfficer(server, 'cso1')).socket;
    desk = await openDesk(cso, 4);
  });
  afterAll(() => server.stop());

  async function seated(boothName: string, p: { nik: string; kpj: string }): Promise<string> {
    const booth = (await enrolledBooth(server, boothName)).socket;
    await ok(booth, BoothEvents.checkIn, { method: 'nikKpj', nik: p.nik, kpj: p.kpj });
    await ok(booth, BoothEvents.consent, { accepted: true });
    const { session } = await ok(booth, BoothEvents.chooseClaim, {
      claimType: 'JHT',
      reason: 'resignation',
      priorityNeed: null,
    });
    await expect.poll(() => server.branch.store.sessions.get(session.sessionId)?.desk_id).toBe(desk.deskId);
    return session.sessionId;
  }

  /** Verifies every document the claim requires, as the CSO would after seeing each original. */
  async function verifyAll(sessionId: string, facts: { jhtBalance: number }): Promise<void> {
    const s = server.branch.store.sessions.get(sessionId)!;
    const membership = membershipFacts(server.branch.store.participants.membership(s.nik!, s.kpj!) ?? null);
    const identity = {
      nik: s.nik,
      kpj: s.kpj,
      birthDate: s.birth_date,
      sex: s.sex,
      participantName: s.participant_name,
      claimType: 'JHT',
      reason: 'resignation',
    };
    for (const d of caseDocuments(identity, membership, facts).filter((doc) => doc.required)) {
      await ok(cso, OfficerEvents.verifyDocument, {
        sessionId,
        documentKind: d.kind,
        verdict: 'verified',
        reason: null,
      });
    }
  }

  const approve = (sessionId: string, extra: object) =>
    request(cso, OfficerEvents.decide, {
      sessionId,
      decision: 'approved',
      reason: null,
      missing: [],
      amount: 42_500_000,
      ...extra,
    });

  it('refuses approval with unverified documents and unconfirmed warnings, naming them', async () => {
    sitiSession = await seated('Bilik 1', siti);
    const r = await approve(sitiSession, {});
    expect(r).toMatchObject({ ok: false, code: 'APPROVAL_BLOCKED' });
    const message = r.ok ? '' : r.message;
    expect(message).toContain('document kpjCard not verified');
    expect(message).toContain('warning npwpRequired not confirmed');
    expect(
      server.branch.db.prepare('SELECT COUNT(*) AS n FROM decisions WHERE session_id = ?').get(sitiSession),
    ).toEqual({ n: 0 });
  });

  it('approves once documents are verified and the warning is confirmed, storing the reason', async () => {
    const id = sitiSession;
    const facts = { jhtBalance: siti.balance, accountHolder: 'SITI A' };
    await verifyAll(id, facts);
    // The abbreviated name is a warning: without a reason approval is still refused.
    expect(await approve(id, { facts })).toMatchObject({ ok: false, code: 'APPROVAL_BLOCKED' });
    expect(await approve(id, { facts, overrules: [{ check: 'accountHolder', reason: 'ok' }] })).toMatchObject(
      {
        ok: false,
        code: 'BAD_REQUEST',
      },
    );
    const reason = 'Buku tabungan asli dilihat: SITI AMINAH disingkat bank';
    await ok(cso, OfficerEvents.decide, {
      sessionId: id,
      decision: 'approved',
      reason: null,
      missing: [],
      facts,
      overrules: [{ check: 'accountHolder', reason }],
      amount: 42_500_000,
    });
    const row = server.branch.db
      .prepare('SELECT decision, overrules, facts, amount FROM decisions WHERE session_id = ?')
      .get(id) as { decision: string; overrules: string; facts: string; amount: number };
    expect(row.decision).toBe('approved');
    expect(row.amount).toBe(42_500_000);
    expect(JSON.parse(row.overrules)).toEqual([{ check: 'accountHolder', reason }]);
    expect(JSON.parse(row.facts)).toEqual(facts);
    const audit = server.branch.db
      .prepare("SELECT details FROM audit_log WHERE action = 'claim.decided' AND subject = ?")
      .get(id) as { details: string };
    expect(JSON.parse(audit.details).overrules).toEqual([{ check: 'accountHolder', reason }]);
  });

  it('never approves a failed check, whatever the reason; pending is still possible', async () => {
    const id = await seated('Bilik 2', rudi);
    const facts = { jhtBalance: rudi.balance!, accountHolder: rudi.accountHolder! };
    await verifyAll(id, facts);
    const r = await approve(id, {
      facts,
      overrules: [{ check: 'jhtWorkEnd', reason: 'Peserta butuh dana segera' }],
    });
    expect(r).toMatchObject({ ok: false, code: 'APPROVAL_BLOCKED' });
    expect(r.ok ? '' : r.message).toBe('check jhtWorkEnd failed');
    // A claim stored under a reason this version does not know is never approved blind.
    server.branch.db.prepare("UPDATE claim_cases SET reason = 'standard' WHERE session_id = ?").run(id);
    expect(await approve(id, { facts })).toMatchObject({ ok: false, code: 'APPROVAL_BLOCKED' });
    await ok(cso, OfficerEvents.decide, {
      sessionId: id,
      decision: 'pending',
      reason: 'Masa tunggu 1 bulan belum lewat',
      missing: ['resignationLetter'],
      facts,
    });
  });
});
