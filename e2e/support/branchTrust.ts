import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BRANCH_NAME, branchAgent } from '../../sfu-server/src/test-support/branchClient.js';
import {
  createBranchCa,
  issueServerCertificate,
  spkiSha256Base64,
  type CertificateAndKey,
} from '../../sfu-server/src/tls/certificates.js';

// One branch CA per test process: every branch server of the run uses it (as a branch server
// does its own), fixture pages are served under it too, and Chromium trusts it and nothing else.

/** Where fixture pages (booth fixture, peer and loopback pages) are served from. */
export const FIXTURE_NAME = 'fixtures.branch.test';
export { BRANCH_NAME };

let ca: Promise<CertificateAndKey> | null = null;
export function e2eCa(): Promise<CertificateAndKey> {
  ca ??= createBranchCa('e2e');
  return ca;
}

let fixtureCert: Promise<{ key: string; cert: string }> | null = null;
/** A certificate for FIXTURE_NAME (and 127.0.0.1) from the e2e CA, with the CA in its chain. */
export function fixtureCertificate(): Promise<{ key: string; cert: string }> {
  fixtureCert ??= e2eCa().then(async (authority) => {
    const leaf = await issueServerCertificate(authority, [FIXTURE_NAME, '127.0.0.1']);
    return { key: leaf.keyPem, cert: `${leaf.certPem.trim()}\n${authority.certPem.trim()}\n` };
  });
  return fixtureCert;
}

/** Puts the e2e CA where a branch server keeps its own, so the server issues its certificate from it. */
export async function seedBranchCa(tlsDir: string): Promise<void> {
  const authority = await e2eCa();
  mkdirSync(tlsDir, { recursive: true, mode: 0o700 });
  writeFileSync(join(tlsDir, 'ca.crt'), authority.certPem);
  writeFileSync(join(tlsDir, 'ca.key'), authority.keyPem, { mode: 0o600 });
}

/** Chromium's flag that trusts exactly the e2e CA: not a blanket --ignore-certificate-errors. */
export async function trustFlag(): Promise<string> {
  return `--ignore-certificate-errors-spki-list=${spkiSha256Base64((await e2eCa()).certPem)}`;
}

/** HTTPS agent for Node-side helpers (login, enrollment): trusts the e2e CA, maps BRANCH_NAME. */
export async function e2eAgent(address = '127.0.0.1') {
  return branchAgent((await e2eCa()).certPem, address);
}
