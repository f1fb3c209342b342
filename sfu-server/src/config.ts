import { join, resolve } from 'node:path';
import type { MediaNetwork } from './media/peerMedia.js';
import { chooseAnnouncedAddress, defaultServerNames, type Interfaces } from './network/lan.js';
import type { TlsOptions } from './tls/branchTls.js';

/** The server's settings as read from its environment (systemd's EnvironmentFile, or a shell). */
export type ServerSettings = {
  host: string;
  port: number;
  httpRedirectPort: number | null;
  publicName: string;
  dataDir: string;
  workers: number;
  rtcMinPort: number;
  rtcMaxPort: number;
  floorCheckMs: number;
  reconnectGraceMs: number;
  network: MediaNetwork;
  tls: TlsOptions;
};

export type Machine = { hostname: string; interfaces: Interfaces; cores: number; root: string };

/**
 * Reads every BILIK_* setting, or lists every problem at once (for branch IT at a console, each
 * naming its variable). Defaults suit a branch server with one LAN address.
 */
export function readSettings(
  env: NodeJS.ProcessEnv,
  machine: Machine,
): { ok: true; settings: ServerSettings } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const port = (name: string, fallback: number | null): number | null => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (raw === 'off') return null;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > 65535)
      problems.push(`${name}=${raw}: a port number (0–65535) or "off"`);
    return n;
  };
  const number = (name: string, fallback: number, min: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) problems.push(`${name}=${raw}: a whole number of at least ${min}`);
    return n;
  };

  const names = env.BILIK_TLS_NAMES
    ? env.BILIK_TLS_NAMES.split(',')
        .map((n) => n.trim())
        .filter(Boolean)
    : defaultServerNames(machine.hostname, machine.interfaces);
  if (names.length === 0) problems.push('BILIK_TLS_NAMES: list at least one name or address');
  const tlsFiles = [env.BILIK_TLS_CERT, env.BILIK_TLS_KEY, env.BILIK_TLS_CA];
  if (tlsFiles.some(Boolean) && !tlsFiles.every(Boolean))
    problems.push('BILIK_TLS_CERT, BILIK_TLS_KEY and BILIK_TLS_CA go together: set all three or none');

  const listenIp = env.BILIK_RTC_LISTEN_IP ?? '0.0.0.0';
  let announcedAddress: string | null = null;
  if (listenIp === '0.0.0.0' || env.BILIK_RTC_ANNOUNCED_IP) {
    const chosen = chooseAnnouncedAddress(machine.interfaces, env.BILIK_RTC_ANNOUNCED_IP);
    if (chosen.ok) announcedAddress = chosen.address;
    else problems.push(chosen.message);
  }
  const dataDir = resolve(env.BILIK_DATA_DIR ?? join(machine.root, 'data'));
  const settings: ServerSettings = {
    host: env.BILIK_HOST ?? '0.0.0.0',
    port: port('BILIK_PORT', 8443) ?? 8443,
    httpRedirectPort: port('BILIK_HTTP_PORT', 8080),
    publicName: env.BILIK_PUBLIC_NAME ?? names[0] ?? 'localhost',
    dataDir,
    workers: number('BILIK_WORKERS', machine.cores, 1),
    rtcMinPort: number('BILIK_RTC_MIN_PORT', 40000, 1024),
    rtcMaxPort: number('BILIK_RTC_MAX_PORT', 40999, 1024),
    floorCheckMs: number('BILIK_FLOOR_CHECK_MS', 15_000, 0),
    reconnectGraceMs: number('BILIK_RECONNECT_GRACE_MS', 120_000, 0),
    network: { listenIp, announcedAddress },
    tls: {
      dir: join(dataDir, 'tls'),
      names,
      branchName: env.BILIK_BRANCH_NAME ?? machine.hostname,
      provided:
        env.BILIK_TLS_CERT && env.BILIK_TLS_KEY && env.BILIK_TLS_CA
          ? { certFile: env.BILIK_TLS_CERT, keyFile: env.BILIK_TLS_KEY, caFile: env.BILIK_TLS_CA }
          : null,
    },
  };
  if (settings.rtcMaxPort <= settings.rtcMinPort)
    problems.push('BILIK_RTC_MAX_PORT must be above BILIK_RTC_MIN_PORT');
  return problems.length ? { ok: false, problems } : { ok: true, settings };
}
