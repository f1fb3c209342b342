import { normalizeFingerprint, verifyPinnedChain, type PresentedCertificate } from '@bilik/shared/electron';
import { X509Certificate } from 'node:crypto';
import { connect, type DetailedPeerCertificate } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRANCH_NAME } from '../test-support/branchClient.js';
import { startTestServer, type TestServer } from '../test-support/testServer.js';
import { createBranchCa, fingerprintSha256, issueServerCertificate } from './certificates.js';

// The apps' pinning rule (shared/src/electron/certificatePin.ts) against the chain a real branch
// server presents, in the shape Electron's verify hook gives it: PEM data with issuerCert links.

const pem = (der: Buffer) => new X509Certificate(der).toString();

/** The chain as the server sent it on a TLS handshake, without trusting anything. */
async function presentedChain(server: TestServer): Promise<PresentedCertificate> {
  const peer = await new Promise<DetailedPeerCertificate>((resolve, reject) => {
    const socket = connect(
      {
        host: '127.0.0.1',
        port: Number(new URL(server.url).port),
        servername: BRANCH_NAME,
        rejectUnauthorized: false,
      },
      () => {
        resolve(socket.getPeerCertificate(true));
        socket.end();
      },
    );
    socket.once('error', reject);
  });
  const issuer = peer.issuerCertificate;
  return { data: pem(peer.raw), issuerCert: issuer && issuer !== peer ? { data: pem(issuer.raw) } : null };
}

describe('certificate pinning in the booth and officer apps', () => {
  let server: TestServer;
  let chain: PresentedCertificate;
  beforeAll(async () => {
    server = await startTestServer();
    chain = await presentedChain(server);
  });
  afterAll(() => server.stop());

  it("accepts the branch server's chain for its name when its CA is pinned", () => {
    expect(verifyPinnedChain(BRANCH_NAME, chain, fingerprintSha256(server.caPem))).toEqual({ ok: true });
    expect(verifyPinnedChain('127.0.0.1', chain, fingerprintSha256(server.caPem))).toEqual({ ok: true });
  });

  it('refuses it under another pin, for another name, or out of its validity', async () => {
    const other = fingerprintSha256((await createBranchCa('other')).certPem);
    expect(verifyPinnedChain(BRANCH_NAME, chain, other)).toEqual({
      ok: false,
      reason: 'the certificate does not come from the branch CA this PC trusts',
      presentedCa: fingerprintSha256(server.caPem),
    });
    expect(verifyPinnedChain('elsewhere.example', chain, fingerprintSha256(server.caPem))).toMatchObject({
      ok: false,
      reason: 'the certificate is not for elsewhere.example',
    });
    const later = new Date(Date.now() + 400 * 86_400_000);
    expect(verifyPinnedChain(BRANCH_NAME, chain, fingerprintSha256(server.caPem), later)).toMatchObject({
      ok: false,
    });
  });

  it('refuses an impostor that copies the pinned CA into its chain but was signed by another', async () => {
    const impostorCa = await createBranchCa('impostor');
    const leaf = await issueServerCertificate(impostorCa, [BRANCH_NAME]);
    const forged = { data: leaf.certPem, issuerCert: { data: server.caPem } };
    expect(verifyPinnedChain(BRANCH_NAME, forged, fingerprintSha256(server.caPem))).toMatchObject({
      ok: false,
      reason: 'the certificate chain is broken: a signature does not verify',
    });
  });

  it('reads fingerprints as people copy them', () => {
    const f = fingerprintSha256(server.caPem);
    expect(normalizeFingerprint(f.toLowerCase())).toBe(f);
    expect(normalizeFingerprint(f.replace(/:/g, ' '))).toBe(f);
    expect(normalizeFingerprint('AB:CD')).toBeNull();
  });
});
