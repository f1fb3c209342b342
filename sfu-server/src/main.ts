import './media/workerEnv.js';
import { cpus, hostname, networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { claimSettingsFromEnv } from './claims/settings.js';
import { readSettings } from './config.js';
import { seedDemo } from './seedDemo.js';
import { startServer } from './server.js';
import { BranchTls } from './tls/branchTls.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;
// NIK, KPJ and account numbers never reach the log in clear.
const logger = pino({
  level: env.BILIK_LOG_LEVEL ?? 'info',
  redact: { paths: ['*.nik', '*.kpj', '*.account', '*.password', '*.deviceToken', '*.token'], censor: '***' },
});

const read = readSettings(env, {
  hostname: hostname(),
  interfaces: networkInterfaces(),
  cores: cpus().length,
  root,
});
if (!read.ok) {
  console.error(
    `Bilik cannot start; fix these settings:\n${read.problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(2);
}
const { settings: serverSettings } = read;
const tls = await BranchTls.open(serverSettings.tls, logger);

let boothCodes: string[] = [];
const server = await startServer(
  {
    ...serverSettings,
    tls,
    ui: { kiosk: join(root, 'kiosk/dist/renderer'), officer: join(root, 'officer-station/dist/renderer') },
    settings: claimSettingsFromEnv(env),
    async beforeListen(branch) {
      if (branch.officers.count() === 0 && env.BILIK_DEMO !== '0')
        boothCodes = (await seedDemo(branch, logger)).boothCodes;
    },
  },
  logger,
);

console.warn(
  [
    '',
    `Bilik branch server: ${server.url}/  (also ${serverSettings.tls.names.filter((n) => n !== serverSettings.publicName).join(', ')})`,
    `  branch CA SHA-256 fingerprint: ${tls.material.caFingerprint}`,
    `  booths and officer PCs pin this CA; for a browser, download ${server.url}/ca.crt, check the`,
    '  fingerprint above, and install it (README: "Trusting the branch CA").',
    `  WebRTC media: ${serverSettings.network.announcedAddress ?? serverSettings.network.listenIp}, UDP/TCP ${serverSettings.rtcMinPort}–${serverSettings.rtcMaxPort}`,
    ...(boothCodes.length > 0
      ? [
          '',
          'Demo data (empty database):',
          `  officer desk: ${server.url}/officer/  (cso1 / cso1-demo-pass, cso2 / cso2-demo-pass)`,
          ...boothCodes.map((c, i) => `  booth ${i + 1}:      ${server.url}/kiosk/?enroll=${c}`),
        ]
      : []),
    '',
  ].join('\n'),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    void server.close().then(() => process.exit(0));
  });
}
