import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { Branch } from '../branch.js';

/** Prometheus metrics, read from the live branch at scrape time (nothing to keep in sync). */
export function createMetrics(branch: Branch): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'bilik_' });
  const gauge = (name: string, help: string, collect: () => Promise<number> | number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        this.set(await collect());
      },
    });

  const dumps = async () => Promise.all(branch.workers.all.map((w) => w.dump()));
  gauge(
    'bilik_mediasoup_workers',
    'Live mediasoup workers',
    () => branch.workers.all.filter((w) => !w.closed).length,
  );
  gauge('bilik_mediasoup_routers', 'Routers across workers', async () =>
    (await dumps()).reduce((n, d) => n + d.routerIds.length, 0),
  );
  gauge('bilik_mediasoup_transports', 'WebRTC transports', async () => {
    let n = 0;
    for (const d of branch.desks.all()) n += (await d.routerDump()).transportIds.length;
    return n;
  });
  gauge('bilik_mediasoup_consumers', 'Consumers', () =>
    branch.desks.all().reduce((n, d) => n + d.consumerStates().length, 0),
  );
  gauge('bilik_mediasoup_consumers_paused', 'Consumers paused by the audio floor', () =>
    branch.desks.all().reduce((n, d) => n + d.consumerStates().filter((c) => c.paused).length, 0),
  );
  gauge('bilik_desks_open', 'Open desks', () => branch.desks.all().length);
  gauge('bilik_desk_slots_occupied', 'Booths seated at desks', () =>
    branch.desks.all().reduce((n, d) => n + d.occupied, 0),
  );
  gauge('bilik_queue_length', 'Booths waiting for a desk slot', () => branch.store.sessions.queued().length);
  new Gauge({
    name: 'bilik_mediasoup_worker_cpu_seconds',
    help: 'Worker CPU time (user+system)',
    labelNames: ['worker'],
    registers: [registry],
    async collect() {
      await Promise.all(
        branch.workers.all.map(async (w, i) => {
          const u = await w.getResourceUsage();
          this.set({ worker: String(i) }, (u.ru_utime + u.ru_stime) / 1000);
        }),
      );
    },
  });
  new Counter({
    name: 'bilik_ice_restarts_total',
    help: 'ICE restarts asked for by booths and officer stations after their network dropped',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(branch.desks.iceRestarts);
    },
  });
  new Counter({
    name: 'bilik_floor_violations_total',
    help: 'Audio-floor violations found (and repaired) by the self-check, by kind',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [kind, n] of Object.entries(branch.floor.violationsTotal)) this.inc({ kind }, n);
    },
  });
  return registry;
}
