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
// Set in beforeListen; a holder, as TypeScript does not follow assignments made in a callback.
const firstRun: { setup: { token: string; expiresAt: string } | null } = { setup: null };
const server = await startServer(
  {
    ...serverSettings,
    tls,
    ui: {
      kiosk: join(root, 'kiosk/dist/renderer'),
      officer: join(root, 'officer-station/dist/renderer'),
      console: join(root, 'officer-station/dist/console'),
    },
    settings: claimSettingsFromEnv(env),
    async beforeListen(branch) {
      if (branch.officers.count() === 0 && env.BILIK_DEMO !== '0')
        boothCodes = (await seedDemo(branch, logger)).boothCodes;
      // A real install has no account: the one way in is this token, shown only to whoever runs the server.
      firstRun.setup = branch.firstRun.issue();
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
          `  console:      ${server.url}/console/  (sup1 / sup1-demo-pass supervisor, admin / admin-demo-pass branch IT)`,
          ...boothCodes.map((c, i) => `  booth ${i + 1}:      ${server.url}/kiosk/?enroll=${c}`),
        ]
      : []),
    ...(firstRun.setup
      ? [
          '',
          'First run: this branch has no accounts yet. Create the first admin at',
          `  ${server.url}/console/  with the one-time setup token  ${firstRun.setup.token}`,
          `  (valid until ${firstRun.setup.expiresAt}; restarting the server prints a new one), or on this machine:`,
          '  bash scripts/with-runtime.sh npm run admin -- create-admin --username <name> --display-name "<name>" --staff-id <id>',
        ]
      : []),
    '',
  ].join('\n'),
);
if (firstRun.setup)
  logger.warn({ expiresAt: firstRun.setup.expiresAt }, 'first run: setup token printed to the console');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    void server.close().then(() => process.exit(0));
  });
}
