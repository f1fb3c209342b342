import { MediaEvents, OfficerEvents } from '@bilik/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledBooth, loggedInOfficer, openDesk, queuedParticipant } from '../test-support/actors.js';
import { consumeAndReady, joinMedia, produceCrafted } from '../test-support/craftedMedia.js';
import {
  ok,
  request,
  startTestServer,
  type TestServer,
  type BoothSocket,
  type OfficerSocket,
} from '../test-support/testServer.js';

describe('desk: assignment, audio floor and consume rights (real worker, SQLite, socket.io)', () => {
  let server: TestServer;
  let cso: OfficerSocket;
  const booths: { socket: BoothSocket; sessionId: string; mic: string; cam: string; doc: string }[] = [];
  const consumerOf = (id: string) =>
    server.branch.desks
      .all()[0]!
      .consumerStates()
      .find((c) => c.consumerId === id)!;

  beforeAll(async () => {
    server = await startTestServer();
    cso = (await loggedInOfficer(server, 'cso1')).socket;
  });
  afterAll(() => server.stop());

  it('queues booths while no desk is open, then seats priority participants first', async () => {
    const normal = await enrolledBooth(server, 'Bilik 1');
    const priority = await enrolledBooth(server, 'Bilik 2');
    const first = await queuedParticipant(normal.socket, 0);
    expect(first).toMatchObject({ state: 'selfService', queuePosition: 1, deskId: null });
    const second = await queuedParticipant(priority.socket, 1, 'elderly');
    expect(second.queuePosition).toBe(1);

    const desk = await openDesk(cso, 1);
    expect(desk.slots[0]!.session).toMatchObject({
      sessionId: second.sessionId,
      state: 'waiting',
      priorityNeed: 'elderly',
    });
    expect(server.branch.views.booth(first.sessionId)).toMatchObject({
      queuePosition: 1,
      etaMinutes: 8,
      deskId: null,
    });
    await ok(cso, OfficerEvents.closeDesk, {});
    // Closing returns the booth to the queue; a 4-slot desk then takes both.
    const wide = await openDesk(cso, 4);
    expect(wide.slots.map((s) => s.session?.sessionId ?? null)).toEqual([
      second.sessionId,
      first.sessionId,
      null,
      null,
    ]);
    booths.push(
      { socket: priority.socket, sessionId: second.sessionId, mic: '', cam: '', doc: '' },
      { socket: normal.socket, sessionId: first.sessionId, mic: '', cam: '', doc: '' },
    );
  });

  it('moves the floor: only the focused booth hears the CSO and is heard', async () => {
    const csoMedia = await joinMedia(cso);
    const csoMic = await produceCrafted(cso, csoMedia.send, 'mic');
    const csoCam = await produceCrafted(cso, csoMedia.send, 'camera');
    const boothToCso: Record<string, { mic: string; cam: string; doc: string }> = {};
    const csoToBooth: Record<string, { mic: string; cam: string }> = {};
    for (const b of booths) {
      const m = await joinMedia(b.socket);
      expect(m.producers.map((p) => p.producerId).sort()).toEqual([csoMic, csoCam].sort());
      b.mic = await produceCrafted(b.socket, m.send, 'mic');
      b.cam = await produceCrafted(b.socket, m.send, 'camera');
      b.doc = await produceCrafted(b.socket, m.send, 'document');
      csoToBooth[b.sessionId] = {
        mic: (await consumeAndReady(b.socket, csoMic, m.rtpCapabilities)).id,
        cam: (await consumeAndReady(b.socket, csoCam, m.rtpCapabilities)).id,
      };
      const mic = await consumeAndReady(cso, b.mic, csoMedia.rtpCapabilities);
      const cam = await consumeAndReady(cso, b.cam, csoMedia.rtpCapabilities);
      const doc = await consumeAndReady(cso, b.doc, csoMedia.rtpCapabilities);
      // Nobody holds the floor yet: audio, document and CSO video stay paused; tiles play.
      expect([mic.pausedAfterReady, cam.pausedAfterReady, doc.pausedAfterReady]).toEqual([true, false, true]);
      boothToCso[b.sessionId] = { mic: mic.id, cam: cam.id, doc: doc.id };
    }
    const [a, b] = booths as [(typeof booths)[0], (typeof booths)[0]];
    const floorOf = (sessionId: string) => ({
      boothMic: consumerOf(boothToCso[sessionId]!.mic).paused,
      boothDoc: consumerOf(boothToCso[sessionId]!.doc).paused,
      boothCam: consumerOf(boothToCso[sessionId]!.cam).paused,
      csoMic: consumerOf(csoToBooth[sessionId]!.mic).paused,
      csoCam: consumerOf(csoToBooth[sessionId]!.cam).paused,
    });
    const live = { boothMic: false, boothDoc: false, boothCam: false, csoMic: false, csoCam: false };
    const held = { boothMic: true, boothDoc: true, boothCam: false, csoMic: true, csoCam: true };

    const r1 = await ok(cso, OfficerEvents.focus, {
      sessionId: a.sessionId,
    });
    // Asserted right after the ack: the ack means the consumers are already switched.
    expect(floorOf(a.sessionId)).toEqual(live);
    expect(floorOf(b.sessionId)).toEqual(held);
    expect(r1.desk.focusedSessionId).toBe(a.sessionId);

    await ok(cso, OfficerEvents.focus, { sessionId: b.sessionId });
    expect(floorOf(a.sessionId)).toEqual(held);
    expect(floorOf(b.sessionId)).toEqual(live);
    expect(server.branch.store.sessions.get(a.sessionId)!.state).toBe('onHold');
    expect(server.branch.store.sessions.get(b.sessionId)!.state).toBe('inConversation');

    // A held booth asking to resume the CSO's microphone gets it back paused.
    const again = await ok(a.socket, MediaEvents.resumeConsumer, {
      consumerId: csoToBooth[a.sessionId]!.mic,
    });
    expect(again.paused).toBe(true);
    expect(consumerOf(csoToBooth[a.sessionId]!.mic).paused).toBe(true);
  });

  it("refuses a booth that tries to consume another booth's producer", async () => {
    const [a, b] = booths as [(typeof booths)[0], (typeof booths)[0]];
    const caps = (await ok(a.socket, MediaEvents.getRouterCapabilities, {})).rtpCapabilities;
    const before = server.branch.desks.all()[0]!.consumerStates().length;
    for (const producerId of [b.mic, b.cam, b.doc]) {
      const r = await request(a.socket, MediaEvents.consume, { producerId, rtpCapabilities: caps });
      expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    const own = await request(a.socket, MediaEvents.consume, { producerId: a.mic, rtpCapabilities: caps });
    expect(own).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(server.branch.desks.all()[0]!.consumerStates().length).toBe(before);
  });

  it('restores the desk with its booths and floor after a restart', async () => {
    const { dataDir } = server;
    const deskBefore = server.branch.views.desk(server.branch.desks.all()[0]!.serialize());
    await server.stop({ keepData: true });
    server = await startTestServer({ dataDir });
    const restored = server.branch.desks.all();
    expect(restored).toHaveLength(1);
    const deskAfter = server.branch.views.desk(restored[0]!.serialize());
    expect(deskAfter.deskId).toBe(deskBefore.deskId);
    expect(deskAfter.focusedSessionId).toBe(deskBefore.focusedSessionId);
    // A new epoch tells the stations and booths to set up media on the new router.
    expect(deskAfter.mediaEpoch).toBeGreaterThan(deskBefore.mediaEpoch);
    expect(deskAfter.slots.map((s) => s.session?.sessionId ?? null)).toEqual(
      deskBefore.slots.map((s) => s.session?.sessionId ?? null),
    );
    expect(deskAfter.slots.map((s) => s.session?.state ?? null)).toEqual([
      'onHold',
      'inConversation',
      null,
      null,
    ]);
  });
});
