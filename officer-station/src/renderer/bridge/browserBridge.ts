// OfficerBridge for plain Chromium (dev mode, e2e tests): configuration from the page URL.

import type { OfficerBridge, OfficerConfig } from '../../bridge/types.js';

const DEFAULT_AMBER_SECONDS = 120;
const DEFAULT_RED_SECONDS = 300;

/** `?server=http://10.20.0.5:8080&lang=en&amber=60&red=180`; every parameter optional. */
export function configFromLocation(location: Pick<Location, 'search' | 'origin'>): OfficerConfig {
  const query = new URLSearchParams(location.search);
  const amber = positiveInteger(query.get('amber')) ?? DEFAULT_AMBER_SECONDS;
  const red = positiveInteger(query.get('red')) ?? DEFAULT_RED_SECONDS;
  return {
    serverUrl: (query.get('server') ?? location.origin).replace(/\/+$/, ''),
    lang: query.get('lang') === 'en' ? 'en' : 'id',
    slaAmberSeconds: amber,
    // Red must come after amber or the desk grid would skip straight to red.
    slaRedSeconds: Math.max(red, amber + 1),
  };
}

export function createBrowserBridge(win: Window = window): OfficerBridge {
  const config = configFromLocation(win.location);
  return {
    kind: 'browser',
    getConfig: () => Promise.resolve({ ...config }),
  };
}

function positiveInteger(value: string | null): number | undefined {
  const parsed = Number(value);
  return value !== null && Number.isInteger(parsed) && parsed > 0 ? parsed : undefined;
}
