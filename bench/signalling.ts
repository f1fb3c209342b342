import { BoothEvents, OfficerEvents } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import type { Socket } from 'socket.io-client';
import { connect, createOfficers, enrollBooths, login, openDesk, queueParticipant } from './lib/actors.js';
import { ServerProcess } from './lib/serverProcess.js';
import { summarize, type Summary } from './lib/stats.js';

export type SignallingResult = {
  booths: number;
  officers: number;
  seconds: number;
  runs: number;
  messagesPerSecond: Summary;
  latencyMs: Summary;
  errors: number;
};

/**
 * Validated, authorised requests per second through socket.io: 60 booths ask for their state and
 * 10 CSOs list desks, each in a closed loop (one request in flight per client), for `seconds`.
 * Every request crosses the schema check, the authorisation and a database read.
 */
export async function runSignalling(
  options: {
    booths?: number;
    officers?: number;
    seconds?: number;
    runs?: number;
    log?: (s: string) => void;
  } = {},
): Promise<SignallingResult> {
  const boothCount = options.booths ?? 60;
  const officerCount = options.officers ?? 10;
  const seconds = options.seconds ?? 5;
  const runs = options.runs ?? 3;
  const server = new ServerProcess(47100);
  await server.start();
  const sockets: Socket[] = [];
  try {
    const officers = await createOfficers(server.url, officerCount);
    const csos = await Promise.all(
      officers.map(async (o) =>
        connect(server.url, '/officer', { token: await login(server.url, o.username, o.password) }),
      ),
    );
    sockets.push(...csos);
    for (const cso of csos) await openDesk(cso, 6);
    const tokens = await enrollBooths(server.url, boothCount);
    const booths = await Promise.all(
      tokens.map((deviceToken) => connect(server.url, '/booth', { deviceToken })),
    );
    sockets.push(...booths);
    for (const [i, b] of booths.entries()) await queueParticipant(b, i);

    const rates: number[] = [];
    const latencies: number[] = [];
    let errors = 0;
    for (let run = 0; run < runs; run++) {
      const until = performance.now() + seconds * 1000;
      let count = 0;
      const loop = async (send: () => Promise<unknown>) => {
        while (performance.now() < until) {
          const t0 = performance.now();
          try {
            await send();
            latencies.push(performance.now() - t0);
            count++;
          } catch {
            errors++;
          }
        }
      };
      const started = performance.now();
      await Promise.all([
        ...booths.map((b) => loop(() => request(b, BoothEvents.getState, {}))),
        ...csos.map((c) => loop(() => request(c, OfficerEvents.listDesks, {}))),
      ]);
      rates.push(count / ((performance.now() - started) / 1000));
      options.log?.(`signalling run ${run + 1}: ${Math.round(rates.at(-1)!)} msg/s`);
    }
    return {
      booths: boothCount,
      officers: officerCount,
      seconds,
      runs,
      messagesPerSecond: summarize(rates),
      latencyMs: summarize(latencies),
      errors,
    };
  } finally {
    for (const s of sockets) s.disconnect();
    await server.stop();
  }
}
