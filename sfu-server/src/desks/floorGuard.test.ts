import type { types } from 'mediasoup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from '../test-support/branchClient.js';
import { FloorWorld } from '../test-support/floorWorld.js';
import { startTestServer, type TestServer } from '../test-support/testServer.js';

// The self-check finds what went wrong behind the desk's back (a consumer resumed directly on
// mediasoup, a database row out of step), counts it in /metrics and repairs it.

describe('the floor self-check', () => {
  let server: TestServer;
  let world: FloorWorld;
  const consumers = new Map<string, types.Consumer>();

  beforeAll(async () => {
    server = await startTestServer();
    // mediasoup's observer API sees every consumer the server creates.
    server.branch.workers.all[0]!.observer.on('newrouter', (router) =>
      router.observer.on('newtransport', (transport) =>
        transport.observer.on('newconsumer', (consumer) => consumers.set(consumer.id, consumer)),
      ),
    );
    world = await FloorWorld.create(server, 3);
    // Least-loaded first: booths 0 and 2 sit at desk A, booth 1 at desk B.
    for (const booth of [0, 1, 2]) await world.send({ type: 'join', booth });
    await world.settle();
  });
  afterAll(() => server.stop());

  const metric = async (kind: string) => {
    const text = (await send(`${server.url}/metrics`, { agent: server.agent })).body;
    return Number(new RegExp(`bilik_floor_violations_total\\{kind="${kind}"\\} (\\d+)`).exec(text)?.[1]);
  };

  it('finds a held consumer resumed behind its back, counts it and pauses it again', async () => {
    const focus = await world.send({ type: 'focus', desk: 'A', slot: 0 });
    expect(focus?.ack.ok).toBe(true);
    const desk = server.branch.desks.get(world.desks.A.deskId)!;
    const held = desk
      .consumerStates()
      .find((c) => c.role === 'csoMicToBooth' && c.sessionId !== desk.focusedSessionId)!;
    expect(held.paused).toBe(true);
    expect(await metric('heldButLive')).toBe(0);

    await consumers.get(held.consumerId)!.resume();
    const found = await server.branch.floor.checkAll();
    expect(found).toEqual([
      { kind: 'heldButLive', consumerId: held.consumerId, role: 'csoMicToBooth', sessionId: held.sessionId },
    ]);
    expect(await metric('heldButLive')).toBe(1);
    expect((await consumers.get(held.consumerId)!.dump()).paused).toBe(true);
    expect(await server.branch.floor.checkAll()).toEqual([]);
  });

  it('brings the live floor back to the stored one when they differ', async () => {
    const desk = server.branch.desks.get(world.desks.A.deskId)!;
    const live = desk.focusedSessionId;
    server.branch.db.prepare('UPDATE desks SET focused_session_id = NULL WHERE id = ?').run(desk.id);
    expect(await server.branch.floor.checkAll()).toEqual([{ kind: 'focusNotStored', live, stored: null }]);
    expect(desk.focusedSessionId).toBeNull();
    expect(desk.consumerStates().filter((c) => c.role === 'csoMicToBooth' && !c.paused)).toEqual([]);
    expect(await metric('focusNotStored')).toBe(1);
  });
});
