import type { Page } from 'playwright-core';
import { DEMO_PARTICIPANTS } from '../sfu-server/src/seedDemo.js';
import { startLoopbackServer } from '../e2e/support/loopbackServer.js';
import { createOfficers, enrollBooths, login } from './lib/actors.js';
import { PeerPages, until } from './lib/pages.js';
import { ServerProcess } from './lib/serverProcess.js';
import { summarize, type Summary } from './lib/stats.js';

export type JoinTimeResult = {
  runs: number;
  boothToCso: Summary;
  csoToBooth: Summary;
  baselineForward: Summary;
  baselineReverse: Summary;
};

type Peer = { bilikPeer: Record<string, (...a: never[]) => Promise<unknown> | unknown> };
type Loop = {
  peer: {
    join(): Promise<void>;
    publish(): Promise<void>;
    subscribeExisting(): Promise<void>;
    epochNow(): number;
    firstFrameAt(): number | null;
  };
};

/**
 * Milliseconds from `starter` beginning to join (then publishing or subscribing) until `watcher`
 * shows its first decoded frame, on the bare baseline pages.
 */
async function baselineFirstFrame(
  starter: Page,
  watcher: Page,
  then: 'publish' | 'subscribeExisting',
): Promise<number> {
  const t0 = await starter.evaluate(async (step) => {
    const { peer } = window as unknown as Loop;
    const t = peer.epochNow();
    await peer.join();
    await peer[step]();
    return t;
  }, then);
  return (await until(() => watcher.evaluate(() => (window as unknown as Loop).peer.firstFrameAt()))) - t0;
}

/**
 * "Start call" at the booth → first decoded frame of its camera on the CSO's page (and of the
 * CSO's camera on the booth's page), through the real server; the same with a bare mediasoup
 * page pair on the same worker binary as the baseline, in the same run.
 */
export async function runJoinTime(
  options: { runs?: number; log?: (s: string) => void } = {},
): Promise<JoinTimeResult> {
  const runs = options.runs ?? 20;
  const pages = await PeerPages.start();
  const server = new ServerProcess(47300);
  await server.start();
  const baseline = await startLoopbackServer(pages.loopbackDir);
  const forward: number[] = [];
  const reverse: number[] = [];
  const baseForward: number[] = [];
  const baseReverse: number[] = [];
  try {
    const [officer] = await createOfficers(server.url, 1);
    const cso = await pages.open();
    await cso.evaluate(
      async ([url, token]) => {
        const p = (window as unknown as Peer).bilikPeer;
        await p.connect!(url as never, '/officer' as never, { token } as never);
        await p.openDesk!(1 as never);
        await p.startCall!({ simulcast: false, size: 320 } as never);
      },
      [server.url, await login(server.url, officer!.username, officer!.password)] as const,
    );
    const tokens = await enrollBooths(server.url, runs);

    for (let i = 0; i < runs; i++) {
      const booth: Page = await pages.open();
      const p = DEMO_PARTICIPANTS[i % DEMO_PARTICIPANTS.length]!;
      const sessionId = await booth.evaluate(
        async ([url, deviceToken, nik, kpj]) => {
          const b = (window as unknown as Peer).bilikPeer;
          await b.connect!(url as never, '/booth' as never, { deviceToken } as never);
          return ((await b.queue!(nik as never, kpj as never)) as { sessionId: string }).sessionId;
        },
        [server.url, tokens[i]!, p.nik, p.kpj] as const,
      );
      // The CSO turns to the booth first, so the CSO's camera flows to it as soon as it joins.
      await cso.evaluate((id) => (window as unknown as Peer).bilikPeer.focus!(id as never), sessionId);
      const t0 = (await booth.evaluate(() =>
        (window as unknown as Peer).bilikPeer.startCall!({ simulcast: true } as never),
      )) as number;
      const atCso = await until(() =>
        cso.evaluate(
          (id) => (window as unknown as Peer).bilikPeer.firstFrameOf!(id as never) as number | null,
          sessionId,
        ),
      ).catch(async (e: unknown) => {
        const debug = await cso.evaluate(() => [
          (window as unknown as Peer).bilikPeer.remoteTracks!(),
          (window as unknown as Peer).bilikPeer.errors!(),
        ]);
        throw new Error(`${String(e)}: CSO page has ${JSON.stringify(debug)}`);
      });
      const atBooth = await until(() =>
        booth.evaluate(
          () => (window as unknown as Peer).bilikPeer.firstFrameOf!(null as never) as number | null,
        ),
      );
      forward.push(atCso - t0);
      reverse.push(atBooth - t0);
      await booth.evaluate(() => (window as unknown as Peer).bilikPeer.leave!());
      await booth.context().close();

      // Baseline: the same two directions with the bare page pair.
      const receiver = await pages.open(baseline.url);
      await receiver.evaluate(() => (window as unknown as Loop).peer.join());
      // Same starting line as the booth's "start call": before the device and transports exist.
      const sender = await pages.open(baseline.url);
      baseForward.push(await baselineFirstFrame(sender, receiver, 'publish'));
      const late = await pages.open(baseline.url);
      baseReverse.push(await baselineFirstFrame(late, late, 'subscribeExisting'));
      for (const page of [receiver, sender, late]) await page.context().close();
      options.log?.(
        `join ${i + 1}/${runs}: booth→CSO ${Math.round(forward.at(-1)!)} ms, CSO→booth ${Math.round(reverse.at(-1)!)} ms; baseline ${Math.round(baseForward.at(-1)!)} / ${Math.round(baseReverse.at(-1)!)} ms`,
      );
    }
    return {
      runs,
      boothToCso: summarize(forward),
      csoToBooth: summarize(reverse),
      baselineForward: summarize(baseForward),
      baselineReverse: summarize(baseReverse),
    };
  } finally {
    await baseline.close();
    await pages.close();
    await server.stop();
  }
}
