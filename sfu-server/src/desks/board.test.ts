import { AdminEvents, AdminPush, BoothEvents, OfficerEvents, type BoardView } from '@bilik/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consoleUser,
  enrolledBooth,
  loggedInOfficer,
  openDesk,
  queuedParticipant,
} from '../test-support/actors.js';
import {
  connectSocket,
  ok,
  pushUntil,
  request,
  startTestServer,
  type AdminSocket,
  type OfficerSocket,
  type TestServer,
} from '../test-support/testServer.js';

// The supervisor's live board on /admin: pushed (never polled) as desks, sessions, the queue and
// calls for help change, and checked against its contract by the test client.

describe('the live board (real server, SQLite, sockets)', () => {
  let server: TestServer;
  let supervisor: AdminSocket;
  let cso: OfficerSocket;
  const board = (predicate: (b: BoardView) => boolean) =>
    pushUntil<BoardView>(supervisor, AdminPush.board, predicate);

  beforeAll(async () => {
    server = await startTestServer();
    cso = (await loggedInOfficer(server, 'cso1')).socket;
    supervisor = (await consoleUser(server, 'sup1')).socket;
  });
  afterAll(() => server.stop());

  it('lets supervisors and admins in, each to their own events, and keeps CSOs out', async () => {
    const { token } = await loggedInOfficer(server, 'cso2');
    await expect(connectSocket(server, '/admin', { token })).rejects.toThrow('FORBIDDEN');
    expect(await request(supervisor, AdminEvents.listBooths, {})).toMatchObject({ code: 'FORBIDDEN' });
    const admin = (await consoleUser(server, 'admin')).socket;
    expect(await request(admin, AdminEvents.getBoard, {})).toMatchObject({ code: 'FORBIDDEN' });
    admin.disconnect();
    const { board: now } = await ok(supervisor, AdminEvents.getBoard, {});
    expect(now).toMatchObject({ desks: [], queue: [], helpCalls: [] });
  });

  it('shows a desk opening, a booth seated, the floor moving and a lost booth, by push', async () => {
    const opened = board((b) => b.desks.length === 1);
    await openDesk(cso, 1);
    const desk = (await opened).desks[0]!;
    expect(desk).toMatchObject({
      officer: { displayName: 'Rina Kartika', staffId: 'CSO-0101' },
      focusedSessionId: null,
      slots: [{ slot: 0, booth: null }],
    });

    const booth = await enrolledBooth(server, 'Bilik 1');
    const seated = board((b) => b.desks[0]!.slots[0]!.booth !== null);
    const s = await queuedParticipant(booth.socket, 0);
    expect((await seated).desks[0]!.slots[0]!.booth).toMatchObject({
      sessionId: s.sessionId,
      boothName: 'Bilik 1',
      claimType: 'JHT',
      state: 'waiting',
      decision: null,
      reconnecting: false,
      helpCallId: null,
    });

    const focused = board((b) => b.desks[0]!.focusedSessionId === s.sessionId);
    await ok(cso, OfficerEvents.focus, { sessionId: s.sessionId });
    expect((await focused).desks[0]!.slots[0]!.booth?.state).toBe('inConversation');

    // A booth that loses the LAN keeps its slot and shows as reconnecting (a fast signal, pushed).
    const lost = board((b) => b.desks[0]!.slots[0]!.booth?.reconnecting === true);
    booth.socket.disconnect();
    expect((await lost).desks[0]!.slots[0]!.booth?.sessionId).toBe(s.sessionId);
  });

  it('lists the queue priority first with ETAs, and calls for help with where the booth sits', async () => {
    const second = await enrolledBooth(server, 'Bilik 2');
    const third = await enrolledBooth(server, 'Bilik 3');
    await queuedParticipant(second.socket, 1);
    const queued = board((b) => b.queue.length === 2);
    const priority = await queuedParticipant(third.socket, 0, 'elderly');
    const { queue } = await queued;
    expect(queue.map((q) => [q.boothName, q.position, q.priorityNeed, q.online])).toEqual([
      ['Bilik 3', 1, 'elderly', true],
      ['Bilik 2', 2, null, true],
    ]);
    expect(queue[0]!.sessionId).toBe(priority.sessionId);
    // One one-to-one desk serves the queue: 8 minutes per place.
    expect(queue.map((q) => q.etaMinutes)).toEqual([8, 16]);

    const called = board((b) => b.helpCalls.length === 1);
    await ok(second.socket, BoothEvents.callHelp, {});
    expect((await called).helpCalls[0]).toMatchObject({ boothName: 'Bilik 2', deskId: null });
  });

  it("counts today's decisions, handling time and longest wait once a case is decided", async () => {
    const seatedId = server.branch.desks.all()[0]!.slots[0]!;
    const decided = board((b) => b.today.rejected === 1);
    await ok(cso, OfficerEvents.decide, {
      sessionId: seatedId,
      decision: 'rejected',
      reason: 'Paklaring tidak asli',
      missing: [],
    });
    const { today } = await decided;
    expect(today).toMatchObject({ served: 1, approved: 0, pending: 0, rejected: 1, escalated: 0 });
    expect(today.avgHandlingSeconds).toBeGreaterThanOrEqual(0);
    expect(today.longestWaitSeconds).toBeGreaterThanOrEqual(0);
    const row = server.branch.db
      .prepare('SELECT desk_id, amount FROM decisions WHERE session_id = ?')
      .get(seatedId) as { desk_id: string; amount: number | null };
    expect(row).toEqual({ desk_id: server.branch.desks.all()[0]!.id, amount: null });
  });
});
