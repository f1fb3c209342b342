import { EventEmitter } from 'node:events';
import { createWorker, type types } from 'mediasoup';
import type { Logger } from 'pino';

export type WorkerPoolOptions = { size: number; rtcMinPort: number; rtcMaxPort: number; logger: Logger };

/**
 * One mediasoup worker per core. A worker that dies is replaced in its slot and `workerReplaced`
 * fires, so the owners of its routers (desks) can rebuild them on the new worker.
 */
export class WorkerPool extends EventEmitter<{ workerReplaced: [index: number, worker: types.Worker] }> {
  private readonly workers: types.Worker[] = [];
  private closed = false;

  private constructor(private readonly options: WorkerPoolOptions) {
    super();
  }

  static async start(options: WorkerPoolOptions): Promise<WorkerPool> {
    const pool = new WorkerPool(options);
    for (let i = 0; i < options.size; i++) pool.workers.push(await pool.spawn(i));
    return pool;
  }

  private async spawn(index: number): Promise<types.Worker> {
    const span = Math.floor((this.options.rtcMaxPort - this.options.rtcMinPort + 1) / this.options.size);
    const rtcMinPort = this.options.rtcMinPort + index * span;
    const worker = await createWorker({ logLevel: 'warn', rtcMinPort, rtcMaxPort: rtcMinPort + span - 1 });
    worker.on('died', (error) => {
      if (this.closed) return;
      this.options.logger.error(
        { pid: worker.pid, index, err: error },
        'mediasoup worker died; replacing it',
      );
      void this.spawn(index).then(
        (replacement) => {
          this.workers[index] = replacement;
          this.emit('workerReplaced', index, replacement);
        },
        (err: unknown) => this.options.logger.fatal({ err }, 'could not replace mediasoup worker'),
      );
    });
    return worker;
  }

  get all(): readonly types.Worker[] {
    return this.workers;
  }

  indexOf(worker: types.Worker): number {
    return this.workers.indexOf(worker);
  }

  /** The worker with the fewest routers: desks spread evenly over cores. */
  async leastLoaded(): Promise<types.Worker> {
    const loads = await Promise.all(this.workers.map(async (w) => (await w.dump()).routerIds.length));
    let best = 0;
    loads.forEach((n, i) => {
      if (n < loads[best]!) best = i;
    });
    return this.workers[best]!;
  }

  close(): void {
    this.closed = true;
    for (const w of this.workers) w.close();
  }
}
