// The two fields every app config has: where the branch server is, and which CA to trust for it.

import { normalizeFingerprint } from './certificatePin.js';
import { parseHttpOrigin } from './security.js';

export type BranchServerConfig = {
  /** https URL of the branch server, without trailing slash. */
  serverUrl: string;
  /** SHA-256 fingerprint ("AA:BB:…") of the branch CA, printed by the server at start. */
  caFingerprint: string;
};

type Fail = (field: string, problem: string) => never;

export function readBranchServerConfig(fields: Record<string, unknown>, fail: Fail): BranchServerConfig {
  const { serverUrl, caFingerprint } = fields;
  if (serverUrl === undefined) return fail('serverUrl', 'is required, e.g. "https://bilik-srv:8443"');
  if (typeof serverUrl !== 'string' || parseHttpOrigin(serverUrl) === null)
    return fail('serverUrl', `must be an https:// URL (got ${JSON.stringify(serverUrl)})`);
  const url = new URL(serverUrl);
  // NIKs, documents and tokens must not cross the LAN in clear.
  if (url.protocol !== 'https:')
    return fail('serverUrl', `must be https:// (got ${JSON.stringify(serverUrl)})`);
  if (url.search !== '' || url.hash !== '' || url.username !== '')
    return fail('serverUrl', 'must not contain a query, fragment or user name');
  if (caFingerprint === undefined)
    return fail('caFingerprint', 'is required: the branch CA fingerprint the server prints at start');
  const fingerprint = typeof caFingerprint === 'string' ? normalizeFingerprint(caFingerprint) : null;
  if (fingerprint === null)
    return fail(
      'caFingerprint',
      `must be a SHA-256 fingerprint, 64 hex digits (got ${JSON.stringify(caFingerprint)})`,
    );
  return { serverUrl: url.href.replace(/\/+$/, ''), caFingerprint: fingerprint };
}
