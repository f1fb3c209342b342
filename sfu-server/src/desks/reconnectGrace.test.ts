import { BoothEvents, OfficerEvents, OfficerPush, type DeskView } from '@bilik/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledBooth, loggedInOfficer, openDesk, queuedParticipant } from '../test-support/actors.js';
import {
  connectSocket,
  ok,
  startTestServer,
  type TestServer,
  type BoothSocket,
  type OfficerSocket,
} from '../test-support/testServer.js';

// A booth that loses its connection keeps its slot (its CSO sees it reconnecting) for the grace
// period; after that it goes back to the head of the queue and is seated again once it is back.

const GRACE_MS = 400;

describe('a seated booth that loses its connection', () => {
  let server: TestServer;
  let cso: OfficerSocket;
  let deskView: DeskView | null = null;
  const reconnecting = new Map<string, boolean>();
  const booths: { socket: BoothSocket; deviceToken: string; sessionId: string }[] = [];

  beforeAll(async () => {
    server = await startTestServer({ reconnectGraceMs: GRACE_MS });
    cso = (await loggedInOfficer(server, 'cso1')).socket;
    cso.on(OfficerPush.desk, (view: DeskView | null) => (deskView = view));
    // Reconnecting travels with the fast signals, apart from the desk's view.
    cso.on(OfficerPush.signals, (push) => {
      for (const s of push.signals) reconnecting.set(s.sessionId, s.reconnecting);
    });
    await openDesk(cso, 1);
    for (const [i, name] of ['Bilik 1', 'Bilik 2'].entries()) {
      const booth = await enrolledBooth(server, name);
      booths.push({ ...booth, sessionId: (await queuedParticipant(booth.socket, i)).sessionId });
    }
    await ok(cso, OfficerEvents.focus, { sessionId: booths[0]!.sessionId });
  });
  afterAll(() => server.stop());

  const slotSession = () => deskView?.slots[0]?.session ?? null;
  const reconnect = async (i: number) => {
    booths[i]!.socket = await connectSocket(server, '/booth', { deviceToken: booths[i]!.deviceToken });
  };
  const audit = (action: string, subject: string) =>
    server.branch.db
      .prepare('SELECT details FROM audit_log WHERE action = ? AND subject = ?')
      .all(action, subject)
      .map((r) => JSON.parse((r as { details: string }).details) as Record<string, unknown>);

  it('keeps its slot and the floor while it is away for less than the grace', async () => {
    const [first] = booths;
    first!.socket.disconnect();
    await expect.poll(() => reconnecting.get(booths[0]!.sessionId)).toBe(true);
    expect(slotSession()?.sessionId).toBe(first!.sessionId);
    expect(deskView?.focusedSessionId).toBe(first!.sessionId);
    await reconnect(0);
    await expect.poll(() => reconnecting.get(booths[0]!.sessionId)).toBe(false);
    // Longer than the grace in all: the timer of the first absence no longer counts.
    await new Promise((r) => setTimeout(r, GRACE_MS + 200));
    expect(deskView?.focusedSessionId).toBe(first!.sessionId);
    expect(audit('session.returnedToQueue', first!.sessionId)).toEqual([]);
  });

  it('goes back to the head of the queue after the grace, and its slot to the next booth', async () => {
    const [first, second] = booths;
    first!.socket.disconnect();
    await expect.poll(() => slotSession()?.sessionId, { timeout: 5_000 }).toBe(second!.sessionId);
    expect(audit('session.returnedToQueue', first!.sessionId)).toEqual([
      { deskId: deskView!.deskId, reason: 'connectionLost', hadFloor: true },
    ]);
    expect(deskView?.focusedSessionId).toBeNull();
    expect(server.branch.store.sessions.get(first!.sessionId)).toMatchObject({
      desk_id: null,
      closed_at: null,
    });
    // The slot frees again, but an offline booth is not seated into it.
    await ok(second!.socket, BoothEvents.finish, {});
    await expect.poll(() => slotSession()).toBeNull();
    await reconnect(0);
    await expect.poll(() => slotSession()?.sessionId).toBe(first!.sessionId);
    expect(server.branch.views.booth(first!.sessionId)).toMatchObject({
      state: 'waiting',
      consentGiven: true,
    });
  });
});
