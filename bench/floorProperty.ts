import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export type FloorPropertyResult = {
  schedules: number;
  bursts: number;
  focusRequests: number;
  seconds: number;
};

/**
 * The floor property test (sfu-server/src/desks/floor.property.test.ts) with many more generated
 * schedules than `npm test` runs; it fails the bench on the first violation, printing the seed.
 */
export function runFloorProperty(
  options: { runs?: number; log?: (s: string) => void } = {},
): FloorPropertyResult {
  const runs = options.runs ?? 2000;
  options.log?.(`floor property: ${runs} schedules`);
  const root = join(import.meta.dirname, '..');
  const r = spawnSync('npx', ['vitest', 'run', 'sfu-server/src/desks/floor.property.test.ts'], {
    cwd: root,
    env: { ...process.env, BILIK_FLOOR_RUNS: String(runs) },
    encoding: 'utf8',
  });
  const summary = /floor property: (\d+) schedules, (\d+) bursts, (\d+) focus requests in (\d+) ms/.exec(
    r.stdout,
  );
  if (r.status !== 0 || !summary) throw new Error(`floor property failed:\n${r.stdout}\n${r.stderr}`);
  const [, schedules, bursts, focusRequests, ms] = summary.map(Number) as number[];
  return {
    schedules: schedules!,
    bursts: bursts!,
    focusRequests: focusRequests!,
    seconds: Math.round(ms! / 1000),
  };
}
