import { BoothEvents, OfficerEvents } from '@bilik/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledBooth, loggedInOfficer, openDesk, queuedParticipant } from '../test-support/actors.js';
import { consumeAndReady, joinMedia, produceCrafted } from '../test-support/craftedMedia.js';
import { ok, startTestServer, type TestServer } from '../test-support/testServer.js';

describe('a focused booth that finishes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('frees its slot for the next in line and takes its media and the floor with it', async () => {
    const cso = (await loggedInOfficer(server, 'cso1')).socket;
    const first = await enrolledBooth(server, 'Bilik 1');
    const next = await enrolledBooth(server, 'Bilik 2');
    const s1 = await queuedParticipant(first.socket, 0);
    await openDesk(cso, 1);
    const s2 = await queuedParticipant(next.socket, 1);
    expect(server.branch.views.booth(s2.sessionId)!.queuePosition).toBe(1);

    const csoMedia = await joinMedia(cso);
    const boothMedia = await joinMedia(first.socket);
    const mic = await produceCrafted(first.socket, boothMedia.send, 'mic');
    await produceCrafted(first.socket, boothMedia.send, 'camera');
    await consumeAndReady(cso, mic, csoMedia.rtpCapabilities);
    await ok(cso, OfficerEvents.focus, { sessionId: s1.sessionId });

    await ok(first.socket, BoothEvents.finish, {});
    const desk = server.branch.desks.all()[0]!;
    expect({ slots: desk.slots, focused: desk.focusedSessionId }).toEqual({
      slots: [s2.sessionId],
      focused: null,
    });
    expect(desk.consumerStates()).toEqual([]);
    expect(server.branch.store.sessions.get(s1.sessionId)).toMatchObject({ state: 'closed' });
    expect(server.branch.store.sessions.get(s2.sessionId)).toMatchObject({
      state: 'waiting',
      desk_id: desk.id,
    });
  });
});
