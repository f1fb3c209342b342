import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BRANCH_NAME, e2eAgent, seedBranchCa } from '../../e2e/support/branchTrust.js';
import { send } from '../../sfu-server/src/test-support/branchClient.js';

const root = resolve(import.meta.dirname, '../..');

/**
 * The branch server as its own process (the built `sfu-server/dist/main.js`, as `npm start` runs
 * it), so benchmark clients never share its event loop, and it can be killed with SIGKILL.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'bilik-bench-'));

  constructor(
    readonly port: number,
    private readonly extraEnv: Record<string, string> = {},
  ) {}

  /** As a booth reaches it: the branch name, under the test branch CA (see e2e/support/branchTrust.ts). */
  get url(): string {
    return `https://${BRANCH_NAME}:${this.port}`;
  }

  /** Starts and resolves once /health answers; returns the milliseconds that took. */
  async start(): Promise<number> {
    if (
      await this.health().then(
        () => true,
        () => false,
      )
    )
      throw new Error(`port ${this.port} is taken by another server`);
    await seedBranchCa(join(this.dataDir, 'tls'));
    const started = performance.now();
    // e.g. BILIK_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server.
    const nodeArgs = process.env.BILIK_BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    this.child = spawn(process.execPath, [...nodeArgs, join(root, 'sfu-server/dist/main.js')], {
      env: {
        ...process.env,
        BILIK_HOST: '127.0.0.1',
        BILIK_PORT: String(this.port),
        BILIK_DATA_DIR: this.dataDir,
        BILIK_DEMO: '1',
        BILIK_LOG_LEVEL: 'warn',
        BILIK_RTC_MIN_PORT: '46000',
        BILIK_RTC_MAX_PORT: '46999',
        BILIK_RTC_LISTEN_IP: '127.0.0.1',
        BILIK_TLS_NAMES: `${BRANCH_NAME},127.0.0.1`,
        BILIK_HTTP_PORT: 'off',
        ...this.extraEnv,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`branch server exited with ${this.child.exitCode}`);
      try {
        if ((await send(`${this.url}/health`, { agent: await e2eAgent() })).status === 200)
          return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async health(): Promise<{ ok: boolean; workers: number; desks: number }> {
    return JSON.parse((await send(`${this.url}/health`, { agent: await e2eAgent() })).body) as {
      ok: boolean;
      workers: number;
      desks: number;
    };
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((r) => {
      child.once('exit', () => r());
      child.kill(signal);
    });
  }

  async stop(): Promise<void> {
    await this.kill('SIGTERM');
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
