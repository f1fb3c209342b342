import { BoothEvents, OfficerPush, PresenceEvents, type DeskView, type HelpCalledPush } from '@bilik/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledBooth, loggedInOfficer, openDesk, queuedParticipant } from '../test-support/actors.js';
import {
  ok,
  request,
  startTestServer,
  type TestServer,
  type OfficerSocket,
} from '../test-support/testServer.js';
import { absencesToEnd } from './presence.js';

const auditRows = (server: TestServer, action: string) =>
  server.branch.db
    .prepare('SELECT actor, subject, details FROM audit_log WHERE action = ? ORDER BY id')
    .all(action) as { actor: string; subject: string | null; details: string }[];

describe('absencesToEnd', () => {
  it('ends only the absences older than the timeout', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    const absent = [
      { sessionId: 'old', since: '2026-03-02T09:29:00Z' },
      { sessionId: 'recent', since: '2026-03-02T09:45:00Z' },
    ];
    expect(absencesToEnd(absent, now, 30 * 60_000)).toEqual(['old']);
    expect(absencesToEnd(absent, now, 0)).toEqual(['old', 'recent']);
  });
});

describe('booth presence and calls for help (real server, SQLite, sockets)', () => {
  let server: TestServer;
  let cso1: OfficerSocket;
  let cso2: OfficerSocket;
  beforeAll(async () => {
    server = await startTestServer();
    cso1 = (await loggedInOfficer(server, 'cso1')).socket;
    cso2 = (await loggedInOfficer(server, 'cso2')).socket;
  });
  afterAll(() => server.stop());

  it('keeps an absent queued booth in its place, tells its desk, and brings it back on a touch', async () => {
    const booth = await enrolledBooth(server, 'Bilik A');
    const s = await queuedParticipant(booth.socket, 0);
    const refused = await request(cso1, PresenceEvents.endSession, { sessionId: s.sessionId });
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT' });

    const ack = await ok(booth.socket, PresenceEvents.setPresence, { present: false });
    expect(ack.absentSince).not.toBeNull();
    expect(server.branch.views.booth(s.sessionId)).toMatchObject({ absent: true, queuePosition: 1 });
    expect(server.branch.store.sessions.get(s.sessionId)?.closed_at).toBeNull();

    const desk = await openDesk(cso1, 4);
    const slot = desk.slots.find((x) => x.session?.sessionId === s.sessionId);
    expect(slot?.session?.absentSince).not.toBeNull();

    await ok(booth.socket, PresenceEvents.setPresence, { present: true });
    expect(server.branch.views.booth(s.sessionId)?.absent).toBe(false);
    expect(auditRows(server, 'booth.absent').map((r) => r.subject)).toEqual([s.sessionId]);
    expect(auditRows(server, 'booth.present').map((r) => r.subject)).toEqual([s.sessionId]);
  });

  it('refuses to mark absent a participant the CSO is serving', async () => {
    const booth = await enrolledBooth(server, 'Bilik B');
    const s = await queuedParticipant(booth.socket, 1);
    await ok(cso1, 'desk:focus', { sessionId: s.sessionId });
    expect(await request(booth.socket, PresenceEvents.setPresence, { present: false })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    await ok(cso1, 'desk:focus', { sessionId: null });
  });

  it('lets the CSO end an absent booth at their desk, audited, and the slot goes to the next', async () => {
    const booth = await enrolledBooth(server, 'Bilik C');
    const s = await queuedParticipant(booth.socket, 0);
    await ok(booth.socket, PresenceEvents.setPresence, { present: false });
    expect(await request(cso2, PresenceEvents.endSession, { sessionId: s.sessionId })).toMatchObject({
      ok: false,
      code: 'CONFLICT', // cso2 has no desk open
    });
    const closedView = new Promise((resolve) => booth.socket.once('booth:state', resolve));
    await ok(cso1, PresenceEvents.endSession, { sessionId: s.sessionId });
    expect(await closedView).toMatchObject({ sessionId: s.sessionId, state: 'closed' });
    expect(server.branch.store.sessions.get(s.sessionId)).toMatchObject({ state: 'closed' });
    const ended = auditRows(server, 'session.endedAbsent').at(-1)!;
    expect(ended.actor).toMatch(/^officer:/);
    expect(JSON.parse(ended.details)).toMatchObject({ cause: 'officer' });
    expect(server.branch.desks.all()[0]!.slots).not.toContain(s.sessionId);
  });

  it('ends an absent session when the long timeout runs out (swept, audited as the system)', async () => {
    const booth = await enrolledBooth(server, 'Bilik D');
    const s = await queuedParticipant(booth.socket, 1);
    await ok(booth.socket, PresenceEvents.setPresence, { present: false });
    await server.branch.presence.sweep(60_000);
    expect(server.branch.store.sessions.get(s.sessionId)?.closed_at).toBeNull();
    await server.branch.presence.sweep(0);
    expect(server.branch.store.sessions.get(s.sessionId)?.closed_at).not.toBeNull();
    const ended = auditRows(server, 'session.endedAbsent').at(-1)!;
    expect(ended).toMatchObject({ actor: 'system', subject: s.sessionId });
  });

  it('sends a call for help only to the desk the booth sits at, and every desk when it sits at none', async () => {
    const desk2 = await openDesk(cso2, 1);
    const seated = await enrolledBooth(server, 'Bilik E');
    const s = await queuedParticipant(seated.socket, 0);
    const atDesk = server.branch.desks.all().find((d) => d.seats(s.sessionId))!;
    const mine = atDesk.officerId === server.branch.desks.get(desk2.deskId)!.officerId ? cso2 : cso1;
    const other = mine === cso1 ? cso2 : cso1;
    const heard = { mine: [] as HelpCalledPush[], other: [] as HelpCalledPush[] };
    mine.on(OfficerPush.helpCalled, (c: HelpCalledPush) => heard.mine.push(c));
    other.on(OfficerPush.helpCalled, (c: HelpCalledPush) => heard.other.push(c));

    await ok(seated.socket, BoothEvents.callHelp, {});
    const unseated = await enrolledBooth(server, 'Bilik F');
    await ok(unseated.socket, BoothEvents.callHelp, {});
    await expect.poll(() => heard.mine.length).toBe(2);
    await expect.poll(() => heard.other.length).toBe(1);
    expect(heard.other.map((c) => c.boothName)).toEqual(['Bilik F']);

    const view = server.branch.views.desk(atDesk.serialize());
    expect(view.helpCalls.map((c) => [c.boothName, c.seatedHere])).toEqual([
      ['Bilik E', true],
      ['Bilik F', false],
    ]);
    const otherDesk = server.branch.desks.all().find((d) => d !== atDesk)!;
    expect(server.branch.views.desk(otherDesk.serialize()).helpCalls.map((c) => c.boothName)).toEqual([
      'Bilik F',
    ]);

    // The other desk may not answer for a booth it does not have; its own desk may.
    const call = heard.mine[0]!;
    expect(
      await request(other, PresenceEvents.acknowledgeHelp, { helpCallId: call.helpCallId }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await ok(mine, PresenceEvents.acknowledgeHelp, { helpCallId: call.helpCallId });
    await ok(other, PresenceEvents.acknowledgeHelp, { helpCallId: heard.other[0]!.helpCallId });
    expect(server.branch.views.desk(atDesk.serialize()).helpCalls).toEqual([]);
    expect(auditRows(server, 'help.acknowledged')).toHaveLength(2);
    const slotView = server.branch.views
      .desk(atDesk.serialize())
      .slots.find((x) => x.session?.sessionId === s.sessionId) as DeskView['slots'][number];
    expect(slotView.session?.helpCallId).toBeNull();
  });
});
