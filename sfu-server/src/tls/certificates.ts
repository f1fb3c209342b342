import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { X509Certificate, createHash, randomBytes, webcrypto } from 'node:crypto';
import { isIP } from 'node:net';

// X.509 through @peculiar/x509 on Node's WebCrypto: no hand-written ASN.1, ECDSA P-256 keys.
type CryptoKey = webcrypto.CryptoKey;
const crypto = webcrypto;
x509.cryptoProvider.set(webcrypto as Parameters<typeof x509.cryptoProvider.set>[1]);
const KEY = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
const DAY_MS = 86_400_000;

export type CertificateAndKey = { certPem: string; keyPem: string };

const serial = () =>
  randomBytes(16)
    .toString('hex')
    .replace(/^[89a-f]/, '1');

async function exportKeyPem(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await crypto.subtle.exportKey('pkcs8', key));
  return `-----BEGIN PRIVATE KEY-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END PRIVATE KEY-----\n`.replace(
    /\n\n/g,
    '\n',
  );
}

function importKeyPem(pem: string): Promise<CryptoKey> {
  const der = Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  return crypto.subtle.importKey('pkcs8', der, KEY, false, ['sign']);
}

/** A branch CA: what booths and officer PCs pin, valid ten years, allowed to sign server certificates only. */
export async function createBranchCa(branchName: string, now = new Date()): Promise<CertificateAndKey> {
  const keys = await crypto.subtle.generateKey(KEY, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=Bilik branch CA ${branchName.replace(/[,=+<>#;"\\]/g, ' ')}, O=BPJS Ketenagakerjaan`,
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + 3650 * DAY_MS),
    signingAlgorithm: SIGNING,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certPem: cert.toString('pem'), keyPem: await exportKeyPem(keys.privateKey) };
}

/** A server certificate for the given DNS names and IP addresses, signed by the branch CA. */
export async function issueServerCertificate(
  ca: CertificateAndKey,
  names: readonly string[],
  options: { now?: Date; validityDays?: number } = {},
): Promise<CertificateAndKey> {
  if (names.length === 0) throw new Error('a server certificate needs at least one name');
  const now = options.now ?? new Date();
  const caCert = new x509.X509Certificate(ca.certPem);
  const keys = await crypto.subtle.generateKey(KEY, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `CN=${names[0]}`,
    issuer: caCert.subject,
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + (options.validityDays ?? 180) * DAY_MS),
    signingAlgorithm: SIGNING,
    publicKey: keys.publicKey,
    signingKey: await importKeyPem(ca.keyPem),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(
        names.map((value) => ({ type: isIP(value) ? ('ip' as const) : ('dns' as const), value })),
      ),
      await x509.AuthorityKeyIdentifierExtension.create(caCert),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certPem: cert.toString('pem'), keyPem: await exportKeyPem(keys.privateKey) };
}

/** SHA-256 fingerprint as people compare it: colon-separated upper-case hex. */
export function fingerprintSha256(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256;
}

/** Base64 SHA-256 of the public key (SPKI): Chromium's --ignore-certificate-errors-spki-list form. */
export function spkiSha256Base64(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

/** The DNS names and IP addresses a certificate is valid for. */
export function subjectAltNames(certPem: string): string[] {
  const san = new X509Certificate(certPem).subjectAltName ?? '';
  return san
    .split(', ')
    .filter(Boolean)
    .map((entry) => entry.replace(/^(DNS|IP Address):/, ''));
}

/** Whether a server certificate must be reissued: close to expiry, or not covering the names wanted. */
export function needsRenewal(
  certPem: string,
  names: readonly string[],
  now = new Date(),
  renewBeforeDays = 30,
): boolean {
  const validTo = new Date(new X509Certificate(certPem).validTo).getTime();
  if (validTo - now.getTime() < renewBeforeDays * DAY_MS) return true;
  const covered = new Set(subjectAltNames(certPem).map((n) => n.toLowerCase()));
  return names.some((n) => !covered.has(n.toLowerCase()));
}
