// `npm run bench`: runs the benchmarks (all, or those named on the command line), prints each
// figure, and writes bench/results/latest.json and bench/RESULTS.md, the latter beside the run kept
// in bench/results/previous.json (replaced only by hand). Every benchmark bounds itself.
import '../sfu-server/src/media/workerEnv.js';
import { version as mediasoupVersion } from 'mediasoup';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { renderResults, type BenchReport } from './report.js';

const selected = new Set(process.argv.slice(2));
const want = (name: string) => selected.size === 0 || selected.has(name);
const log = (line: string) => console.log(`[bench] ${line}`);

const report: BenchReport = {
  date: new Date().toISOString(),
  commit: execSync('git rev-parse --short HEAD').toString().trim(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  stack: { node: process.versions.node, mediasoup: mediasoupVersion },
  results: {},
};
const loadAtStart = loadavg();
const started = performance.now();

if (want('join')) report.results.join = await (await import('./joinTime.js')).runJoinTime({ log });
if (want('focus')) report.results.focus = await (await import('./focusSwitch.js')).runFocusSwitch({ log });
if (want('capacity'))
  report.results.capacity = await (await import('./capacity.js')).runCapacity({ log, maxDesks: 32 });
if (want('signalling'))
  report.results.signalling = await (await import('./signalling.js')).runSignalling({ log });
if (want('restart')) report.results.restart = await (await import('./restart.js')).runRestart({ log });
if (want('floor')) report.results.floor = (await import('./floorProperty.js')).runFloorProperty({ log });

report.totalSeconds = Math.round((performance.now() - started) / 1000);
report.loadAverage = { start: loadAtStart, end: loadavg() };
const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
const previousFile = join(dir, 'previous.json');
const previous = existsSync(previousFile)
  ? (JSON.parse(readFileSync(previousFile, 'utf8')) as BenchReport)
  : undefined;
const markdown = renderResults(report, previous);
if (selected.size === 0) writeFileSync(join(import.meta.dirname, 'RESULTS.md'), markdown);
console.log(markdown);
process.exit(0);
