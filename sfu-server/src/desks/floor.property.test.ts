import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FloorWorld, type DeskName, type FloorCommand, type FocusAck } from '../test-support/floorWorld.js';
import { startTestServer, type TestServer } from '../test-support/testServer.js';

// The audio floor under generated schedules: focus (and release), booths joining and finishing,
// hand-offs between two desks, clients resuming what the floor holds, producers closed and
// produced again — sent one by one or in bursts without waiting for acks, against the real
// worker and socket.io. After each burst settles, the floor invariant must hold on the worker
// itself, and the desk must hold exactly what its last focus request put in force.
// BILIK_FLOOR_RUNS sets the number of schedules (npm run bench runs many more); a failure prints
// fast-check's seed and the shrunk schedule, and BILIK_FLOOR_SEED replays it.

const RUNS = Number(process.env.BILIK_FLOOR_RUNS ?? 200);
const SEED = process.env.BILIK_FLOOR_SEED ? Number(process.env.BILIK_FLOOR_SEED) : undefined;
const BOOTHS = 6;

const deskName = fc.constantFrom<DeskName>('A', 'B');
const booth = fc.integer({ min: 0, max: BOOTHS - 1 });
const command: fc.Arbitrary<FloorCommand> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('focus' as const),
      desk: deskName,
      slot: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('join' as const), booth }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('finish' as const), booth }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('handOff' as const),
      desk: deskName,
      slot: fc.integer({ min: 0, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('resume' as const), who: fc.oneof(deskName, booth) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('reproduce' as const),
      booth,
      source: fc.constantFrom('mic' as const, 'document' as const),
    }),
  },
);
const schedule = fc.record({
  seated: fc.uniqueArray(booth, { minLength: 2, maxLength: BOOTHS }),
  bursts: fc.array(
    fc.record({ concurrent: fc.boolean(), commands: fc.array(command, { minLength: 1, maxLength: 6 }) }),
    { minLength: 1, maxLength: 4 },
  ),
});

describe('the audio floor under generated schedules (real worker, socket.io)', () => {
  let server: TestServer;
  let world: FloorWorld;

  beforeAll(async () => {
    server = await startTestServer();
    world = await FloorWorld.create(server, BOOTHS);
  });
  afterAll(() => server.stop());

  /** The focus a desk must hold: the last focus that ran there, unless its booth left after it. */
  function expectedFocus(desk: DeskName, lastOk: FocusAck): string | null {
    const deskId = world.desks[desk].deskId;
    const db = server.branch.db;
    const focusRow = db
      .prepare(
        "SELECT id, details FROM audit_log WHERE action = 'desk.focus' AND subject = ? ORDER BY id DESC LIMIT 1",
      )
      .get(deskId) as { id: number; details: string };
    // Focus requests of one desk come over one socket and run in arrival order: the last one to
    // succeed wrote the last focus row.
    expect(JSON.parse(focusRow.details).to).toBe(lastOk.target);
    if (lastOk.target === null) return null;
    const left = db
      .prepare(
        `SELECT COUNT(*) AS n FROM audit_log WHERE id > ? AND subject = ?
           AND ((action = 'session.released' AND json_extract(details, '$.deskId') = ?)
             OR (action = 'session.handedOff' AND json_extract(details, '$.from') = ?))`,
      )
      .get(focusRow.id, lastOk.target, deskId, deskId) as { n: number };
    return left.n > 0 ? null : lastOk.target;
  }

  async function runBurst(burst: { concurrent: boolean; commands: FloorCommand[] }): Promise<void> {
    const acks: (FocusAck | null)[] = [];
    if (burst.concurrent) acks.push(...(await Promise.all(burst.commands.map((c) => world.send(c)))));
    else for (const c of burst.commands) acks.push(await world.send(c));
    await world.settle();

    expect(world.failures).toEqual([]);
    expect(world.mediaFailures()).toEqual([]);
    expect(await server.branch.floor.checkAll()).toEqual([]);
    // The cached views screens get are the views a fresh build gives.
    const fresh = server.branch.createViews();
    for (const desk of server.branch.desks.all())
      expect(server.branch.views.desk(desk.serialize())).toEqual(fresh.desk(desk.serialize()));
    for (const b of world.booths)
      if (b.view) expect(server.branch.views.booth(b.view.sessionId)).toEqual(fresh.booth(b.view.sessionId));
    const focusAcks = acks.filter((a): a is FocusAck => a !== null);
    for (const { ack, target } of focusAcks) if (ack.ok) expect(ack.desk.focusedSessionId).toBe(target);
    for (const desk of ['A', 'B'] as const) {
      const lastOk = focusAcks.filter((a) => a.desk === desk && a.ack.ok).at(-1);
      if (!lastOk) continue;
      const live = server.branch.desks.get(world.desks[desk].deskId)!;
      expect(live.focusedSessionId, `desk ${desk}`).toBe(expectedFocus(desk, lastOk));
    }
  }

  it(`holds for ${RUNS} schedules of bursts`, { timeout: 30 * 60_000 }, async () => {
    let bursts = 0;
    let focusMoves = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(schedule, async ({ seated, bursts: schedule }) => {
        await world.reset();
        for (const b of seated) await world.send({ type: 'join', booth: b });
        await world.settle();
        for (const burst of schedule) {
          await runBurst(burst);
          bursts++;
          focusMoves += burst.commands.filter((c) => c.type === 'focus').length;
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: process.env.BILIK_FLOOR_SHRINK !== '1' },
    );
    console.log(
      `floor property: ${RUNS} schedules, ${bursts} bursts, ${focusMoves} focus requests in ${Math.round(performance.now() - started)} ms`,
    );
    // The schedules really moved the floor around, on both desks.
    const moves = server.branch.db
      .prepare(
        "SELECT COUNT(DISTINCT subject) AS desks, COUNT(*) AS n FROM audit_log WHERE action = 'desk.focus'",
      )
      .get() as { desks: number; n: number };
    expect(moves.desks).toBe(2);
    expect(moves.n).toBeGreaterThan(RUNS);
  });

  it('holds when the worker dies in the middle of a burst and the desks are rebuilt', async () => {
    await world.reset();
    for (const b of [0, 1, 2, 3, 4]) await world.send({ type: 'join', booth: b });
    await world.settle();
    const epochs = () => Object.values(world.desks).map((d) => server.branch.desks.get(d.deskId)!.mediaEpoch);
    const before = epochs();
    const rebuilt = new Promise<void>((resolve) =>
      server.branch.events.on('deskChanged', () => {
        if (epochs().every((e, i) => e > before[i]!)) resolve();
      }),
    );
    const burst = [0, 1, 2, 3, null, 1, 0].map((slot) => world.send({ type: 'focus', desk: 'A', slot }));
    process.kill(server.branch.workers.all[0]!.pid, 'SIGKILL');
    await Promise.all([...burst, rebuilt]);
    await world.settle();
    // Requests caught by the worker's death get MEDIA_ERROR (try again), never anything else.
    expect(world.failures.filter((f) => !f.includes('MEDIA_ERROR'))).toEqual([]);
    world.failures.length = 0;
    expect(await server.branch.floor.checkAll()).toEqual([]);
    // Every booth and both CSOs are back on the new routers, each consumer where the floor wants it.
    const consumers = Object.values(world.desks).flatMap((d) =>
      server.branch.desks.get(d.deskId)!.consumerStates(),
    );
    expect(consumers.filter((c) => c.role === 'boothMicToCso')).toHaveLength(5);
  });
});
