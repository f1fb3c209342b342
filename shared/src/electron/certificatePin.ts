// The booth and officer apps trust the branch CA and nothing else: not the system's store, not
// a publicly trusted certificate for the same name. Electron hands the verify hook the chain the
// server presented; this decides on it, with Node's X.509, so both apps apply one rule.

import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';

/** The fields of Electron's `Certificate` this rule reads: PEM data and the issuer chain. */
export type PresentedCertificate = { data: string; issuerCert?: PresentedCertificate | null };

export type PinVerdict = { ok: true } | { ok: false; reason: string; presentedCa: string | null };

/** "aa:bb:…", "AABB…" or with spaces: the 32-byte SHA-256 fingerprint as "AA:BB:…", or null. */
export function normalizeFingerprint(value: string): string | null {
  const hex = value.replace(/[\s:]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)!.join(':');
}

function chainOf(presented: PresentedCertificate): X509Certificate[] {
  const chain: X509Certificate[] = [];
  // A server sends a handful at most; a loop in a malformed chain must not hang the app.
  for (let c: PresentedCertificate | null | undefined = presented; c && chain.length < 8; c = c.issuerCert)
    chain.push(new X509Certificate(c.data));
  return chain;
}

/**
 * Accepts the connection only if the certificate is for `hostname`, valid now, and chains by
 * signatures to the CA whose fingerprint is pinned.
 */
export function verifyPinnedChain(
  hostname: string,
  presented: PresentedCertificate,
  pinnedCaFingerprint: string,
  now = new Date(),
): PinVerdict {
  let chain: X509Certificate[];
  try {
    chain = chainOf(presented);
  } catch {
    return { ok: false, reason: 'the server sent a certificate that cannot be read', presentedCa: null };
  }
  const presentedCa = chain.at(-1)!.fingerprint256;
  const refuse = (reason: string): PinVerdict => ({ ok: false, reason, presentedCa });
  const leaf = chain[0]!;
  const named = isIP(hostname) ? leaf.checkIP(hostname) : leaf.checkHost(hostname);
  if (!named) return refuse(`the certificate is not for ${hostname}`);
  const time = now.getTime();
  for (const cert of chain) {
    if (time < Date.parse(cert.validFrom) || time > Date.parse(cert.validTo))
      return refuse(
        `a certificate in the chain is outside its validity (${cert.validFrom} – ${cert.validTo})`,
      );
  }
  const pinned = chain.findIndex((c) => c.fingerprint256 === pinnedCaFingerprint);
  if (pinned < 0) return refuse('the certificate does not come from the branch CA this PC trusts');
  for (let i = 0; i < pinned; i++) {
    const issuer = chain[i + 1]!;
    if (!chain[i]!.checkIssued(issuer) || !chain[i]!.verify(issuer.publicKey))
      return refuse('the certificate chain is broken: a signature does not verify');
  }
  return { ok: true };
}
