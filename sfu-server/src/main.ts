import './media/workerEnv.js';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { claimSettingsFromEnv } from './claims/settings.js';
import { seedDemo } from './seedDemo.js';
import { startServer } from './server.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;
// NIK, KPJ and account numbers never reach the log in clear.
const logger = pino({
  level: env.BILIK_LOG_LEVEL ?? 'info',
  redact: { paths: ['*.nik', '*.kpj', '*.account', '*.password', '*.deviceToken', '*.token'], censor: '***' },
});

let boothCodes: string[] = [];
const server = await startServer(
  {
    host: env.BILIK_HOST ?? '0.0.0.0',
    port: Number(env.BILIK_PORT ?? 8080),
    dataDir: resolve(env.BILIK_DATA_DIR ?? join(root, 'data')),
    workers: Number(env.BILIK_WORKERS ?? cpus().length),
    rtcMinPort: Number(env.BILIK_RTC_MIN_PORT ?? 40000),
    rtcMaxPort: Number(env.BILIK_RTC_MAX_PORT ?? 40999),
    floorCheckMs: Number(env.BILIK_FLOOR_CHECK_MS ?? 15_000),
    network: {
      listenIp: env.BILIK_RTC_LISTEN_IP ?? '127.0.0.1',
      announcedAddress: env.BILIK_RTC_ANNOUNCED_IP ?? null,
    },
    ui: { kiosk: join(root, 'kiosk/dist/renderer'), officer: join(root, 'officer-station/dist/renderer') },
    settings: claimSettingsFromEnv(env),
    async beforeListen(branch) {
      if (branch.officers.count() === 0 && env.BILIK_DEMO !== '0')
        boothCodes = (await seedDemo(branch, logger)).boothCodes;
    },
  },
  logger,
);

if (boothCodes.length > 0) {
  console.warn(
    `\nBilik demo data (empty database):\n  officer desk: ${server.url}/officer/  (cso1 / cso1-demo-pass, cso2 / cso2-demo-pass)\n` +
      boothCodes.map((c, i) => `  booth ${i + 1}:      ${server.url}/kiosk/?enroll=${c}`).join('\n') +
      '\n',
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    void server.close().then(() => process.exit(0));
  });
}
