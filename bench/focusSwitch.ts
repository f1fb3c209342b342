import type { Page } from 'playwright-core';
import { DEMO_PARTICIPANTS } from '../sfu-server/src/seedDemo.js';
import { createOfficers, enrollBooths, login } from './lib/actors.js';
import { PeerPages, until } from './lib/pages.js';
import { ServerProcess } from './lib/serverProcess.js';
import { summarize, type Summary } from './lib/stats.js';

export type FocusSwitchResult = {
  booths: number;
  runs: number;
  serverMs: Summary;
  ackMs: Summary;
  firstAudioMs: Summary;
};

type Peer = { bilikPeer: Record<string, (...a: never[]) => Promise<unknown> | unknown> };
const peer = (page: Page) => ({
  run: <T>(fn: (p: Peer['bilikPeer'], arg: never) => Promise<T> | T, arg?: unknown): Promise<T> =>
    page.evaluate(
      ([src, a]) =>
        new Function('p', 'a', `return (${src})(p, a)`)((window as unknown as Peer).bilikPeer, a) as T,
      [fn.toString(), arg] as const,
    ),
});

/**
 * The CSO moves the floor between booths with live media: request → ack (server's own figure
 * and the client round trip), and request → first CSO audio packet at the newly focused booth.
 */
export async function runFocusSwitch(
  options: { booths?: number; runs?: number; log?: (s: string) => void } = {},
): Promise<FocusSwitchResult> {
  const boothCount = options.booths ?? 3;
  const runs = options.runs ?? 20;
  const pages = await PeerPages.start();
  const server = new ServerProcess(47400);
  await server.start();
  const serverMs: number[] = [];
  const ackMs: number[] = [];
  const firstAudio: number[] = [];
  try {
    const [officer] = await createOfficers(server.url, 1);
    const cso = peer(await pages.open());
    await cso.run(
      async (p, [url, token]: [string, string]) => {
        await p.connect!(url as never, '/officer' as never, { token } as never);
        await p.openDesk!(4 as never);
        await p.startCall!({ simulcast: false, size: 320 } as never);
      },
      [server.url, await login(server.url, officer!.username, officer!.password)],
    );
    const tokens = await enrollBooths(server.url, boothCount);
    const booths: { page: ReturnType<typeof peer>; sessionId: string }[] = [];
    for (const [i, deviceToken] of tokens.entries()) {
      const page = peer(await pages.open());
      const { nik, kpj } = DEMO_PARTICIPANTS[i % DEMO_PARTICIPANTS.length]!;
      const sessionId = await page.run(
        async (p, [url, token, n, k]: string[]) => {
          await p.connect!(url as never, '/booth' as never, { deviceToken: token } as never);
          const view = (await p.queue!(n as never, k as never)) as { sessionId: string };
          await p.startCall!({ simulcast: true, size: 320 } as never);
          return view.sessionId;
        },
        [server.url, deviceToken, nik, kpj],
      );
      booths.push({ page, sessionId });
    }
    // Let every consumer settle before measuring.
    await until(() =>
      cso.run((p, n: number) => ((p.remoteTracks!() as unknown[]).length >= n * 2 ? true : null), boothCount),
    );

    for (let i = 0; i < runs; i++) {
      const target = booths[i % booths.length]!;
      const baseline = await target.page.run((p) => p.audioPacketsReceived!() as Promise<number>);
      const heard = target.page.run(
        (p, b: number) => p.waitForAudio!(b as never) as Promise<number | null>,
        baseline,
      );
      const {
        t0,
        ackAt,
        serverMs: s,
      } = await cso.run(
        (p, id: string) => p.focus!(id as never) as Promise<{ t0: number; ackAt: number; serverMs: number }>,
        target.sessionId,
      );
      const at = await heard;
      if (at === null) throw new Error(`booth ${target.sessionId} never heard the CSO after focus`);
      serverMs.push(s);
      ackMs.push(ackAt - t0);
      firstAudio.push(at - t0);
      options.log?.(
        `focus ${i + 1}/${runs}: server ${s.toFixed(1)} ms, ack ${Math.round(ackAt - t0)} ms, first audio ${Math.round(at - t0)} ms`,
      );
    }
    return {
      booths: boothCount,
      runs,
      serverMs: summarize(serverMs),
      ackMs: summarize(ackMs),
      firstAudioMs: summarize(firstAudio),
    };
  } finally {
    await pages.close();
    await server.stop();
  }
}
