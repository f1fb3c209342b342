// The officer station's configuration file, edited by branch IT. Every error names the file and
// the field so it can be fixed at the CSO's desk without a developer.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBranchServerConfig } from '@bilik/shared/electron';
import type { OfficerConfig } from '../bridge/types.js';

export interface OfficerHostConfig {
  /** https URL of the branch server, without trailing slash. */
  serverUrl: string;
  /** The branch CA this PC trusts, and nothing else (see certificatePin.ts). */
  caFingerprint: string;
  lang: 'id' | 'en';
  slaAmberSeconds: number;
  slaRedSeconds: number;
}

export const OFFICER_CONFIG_ENV = 'BILIK_OFFICER_CONFIG';
export const OFFICER_CONFIG_SYSTEM_PATH = '/etc/bilik/officer.json';

export class OfficerConfigError extends Error {
  override readonly name = 'OfficerConfigError';
}

const KNOWN_FIELDS = ['serverUrl', 'caFingerprint', 'lang', 'slaAmberSeconds', 'slaRedSeconds'];

export function parseOfficerConfig(json: unknown, file: string): OfficerHostConfig {
  const fail = (field: string, problem: string): never => {
    throw new OfficerConfigError(`Invalid officer config ${file}: "${field}" ${problem}`);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return fail('(root)', 'must be a JSON object');
  const fields = json as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    // A misspelt key would otherwise be silently ignored and its default used.
    if (!KNOWN_FIELDS.includes(key))
      fail(key, `is not a known field (expected one of: ${KNOWN_FIELDS.join(', ')})`);
  }

  const seconds = (field: string, fallback: number): number => {
    const value = fields[field];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 86_400) {
      return fail(
        field,
        `must be a whole number of seconds between 1 and 86400 (got ${JSON.stringify(value)})`,
      );
    }
    return value;
  };

  const server = readBranchServerConfig(fields, fail);
  const { lang } = fields;
  if (lang !== undefined && lang !== 'id' && lang !== 'en')
    fail('lang', `must be "id" or "en" (got ${JSON.stringify(lang)})`);

  const config: OfficerHostConfig = {
    ...server,
    lang: lang === 'en' ? 'en' : 'id',
    slaAmberSeconds: seconds('slaAmberSeconds', 120),
    slaRedSeconds: seconds('slaRedSeconds', 300),
  };
  if (config.slaRedSeconds <= config.slaAmberSeconds) {
    fail('slaRedSeconds', `must be greater than slaAmberSeconds (${config.slaAmberSeconds})`);
  }
  return config;
}

/** The UI the officer station shows. */
export function officerUiUrl(config: OfficerHostConfig): string {
  return `${config.serverUrl}/officer/`;
}

/** What the renderer may know: not the pinned CA, which only the main process enforces. */
export function toBridgeConfig(config: OfficerHostConfig): OfficerConfig {
  const { caFingerprint: _pinnedInMain, ...forRenderer } = config;
  return forRenderer;
}

/** Reads the first config file found: $BILIK_OFFICER_CONFIG, /etc/bilik/officer.json, userData. */
export function loadOfficerConfig(
  env: NodeJS.ProcessEnv,
  userDataDir: string,
): { config: OfficerHostConfig; file: string } {
  const fromEnv = env[OFFICER_CONFIG_ENV];
  const candidates = fromEnv ? [fromEnv] : [OFFICER_CONFIG_SYSTEM_PATH, join(userDataDir, 'officer.json')];
  const file = candidates.find((candidate) => existsSync(candidate));
  if (file === undefined) {
    throw new OfficerConfigError(
      `No officer config found. Looked for ${candidates.join(' and ')}` +
        (fromEnv ? ` (set by ${OFFICER_CONFIG_ENV})` : `; create one of them or set ${OFFICER_CONFIG_ENV}`),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new OfficerConfigError(
      `Cannot read officer config ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { config: parseOfficerConfig(json, file), file };
}
