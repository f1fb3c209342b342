import { BoothPush, type BoothSessionView } from '@bilik/shared';
import type { Socket } from 'socket.io-client';
import { connect, createOfficers, enrollBooths, login, openDesk, queueParticipant } from './lib/actors.js';
import { ServerProcess } from './lib/serverProcess.js';
import { summarize, type Summary } from './lib/stats.js';

export type RestartResult = {
  desks: number;
  booths: number;
  runs: number;
  serverRestoredMs: Summary;
  boothsBackMs: Summary;
};

/**
 * `kill -9` of the branch server with 6 desks open, then a restart: how long until the server
 * has every desk back (health reports them) and until every booth has reconnected and been
 * told its seat again.
 */
export async function runRestart(
  options: { desks?: number; boothsPerDesk?: number; runs?: number; log?: (s: string) => void } = {},
): Promise<RestartResult> {
  const deskCount = options.desks ?? 6;
  const perDesk = options.boothsPerDesk ?? 4;
  const runs = options.runs ?? 5;
  const server = new ServerProcess(47200);
  await server.start();
  const sockets: Socket[] = [];
  try {
    const officers = await createOfficers(server.url, deskCount);
    for (const o of officers) {
      const cso = await connect(server.url, '/officer', {
        token: await login(server.url, o.username, o.password),
      });
      await openDesk(cso, 6);
      cso.disconnect();
    }
    const tokens = await enrollBooths(server.url, deskCount * perDesk);
    const booths = await Promise.all(
      tokens.map((deviceToken) => connect(server.url, '/booth', { deviceToken }, { reconnection: true })),
    );
    sockets.push(...booths);
    const seats = new Map<Socket, string>();
    for (const [i, b] of booths.entries()) seats.set(b, (await queueParticipant(b, i)).deskId!);

    const restored: number[] = [];
    const back: number[] = [];
    for (let run = 0; run < runs; run++) {
      await server.kill('SIGKILL');
      const seated = booths.map(
        (b) =>
          new Promise<number>((resolve) => {
            const onState = (view: BoothSessionView | null) => {
              if (view?.deskId === seats.get(b)) {
                b.off(BoothPush.state, onState);
                resolve(performance.now());
              }
            };
            b.on(BoothPush.state, onState);
          }),
      );
      const t0 = performance.now();
      await server.start();
      while ((await server.health()).desks < deskCount) await new Promise((r) => setTimeout(r, 10));
      restored.push(performance.now() - t0);
      back.push(Math.max(...(await Promise.all(seated))) - t0);
      options.log?.(
        `restart run ${run + 1}: desks back ${Math.round(restored.at(-1)!)} ms, all booths reseated ${Math.round(back.at(-1)!)} ms`,
      );
    }
    return {
      desks: deskCount,
      booths: booths.length,
      runs,
      serverRestoredMs: summarize(restored),
      boothsBackMs: summarize(back),
    };
  } finally {
    for (const s of sockets) s.disconnect();
    await server.stop();
  }
}
