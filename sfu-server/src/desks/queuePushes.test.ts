import { BoothPush, type QueuePlace } from '@bilik/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledBooth, loggedInOfficer, openDesk, queuedParticipant } from '../test-support/actors.js';
import { request, startTestServer, type BoothSocket, type TestServer } from '../test-support/testServer.js';

// When the line moves, queued booths hear only their new place, and only those whose place moved.

describe('queue pushes', () => {
  let server: TestServer;
  const booths: { socket: BoothSocket; sessionId: string; states: number; places: QueuePlace[] }[] = [];

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  /** Pushes in flight arrive before the reply to a round trip on the same socket. */
  const settle = () => Promise.all(booths.map((b) => request(b.socket, 'booth:getState', {})));

  const join = async (name: string, index: number) => {
    const { socket } = await enrolledBooth(server, name);
    const { sessionId } = await queuedParticipant(socket, index);
    const booth = { socket, sessionId, states: 0, places: [] as QueuePlace[] };
    socket.on(BoothPush.state, () => booth.states++);
    socket.on(BoothPush.queue, (place) => booth.places.push(place));
    booths.push(booth);
  };

  it('tells nobody already queued when a booth joins the end of the line', async () => {
    for (const [i, name] of ['Bilik 1', 'Bilik 2', 'Bilik 3'].entries()) await join(name, i);
    await settle();
    const before = booths.map((b) => [b.states, b.places.length]);
    await join('Bilik 4', 3);
    await settle();
    expect(booths.slice(0, 3).map((b) => [b.states, b.places.length])).toEqual(before);
  });

  it('moves everyone behind the booth that is seated up one place, with an ETA now that a desk is open', async () => {
    for (const b of booths) b.places.length = 0;
    const cso = (await loggedInOfficer(server, 'cso1')).socket;
    await openDesk(cso, 1);
    await settle();
    const [seated, ...waiting] = booths;
    expect(seated!.places).toEqual([]);
    expect(waiting.map((b) => b.places.map((p) => [p.sessionId, p.queuePosition, p.etaMinutes]))).toEqual([
      [[waiting[0]!.sessionId, 1, 8]],
      [[waiting[1]!.sessionId, 2, 16]],
      [[waiting[2]!.sessionId, 3, 24]],
    ]);
  });
});
