import { X509Certificate } from 'node:crypto';
import type { ServerInfo } from '@bilik/shared';
import { version as mediasoupVersion } from 'mediasoup';
import type { TlsMaterial } from '../tls/branchTls.js';

export type TlsView = () => TlsMaterial;

/** What branch IT compares with a booth's pinned fingerprint, and when to plan a renewal. */
export function serverInfo(tls: TlsMaterial): ServerInfo {
  const ca = new X509Certificate(tls.caPem);
  const server = new X509Certificate(tls.serverCertPem);
  return {
    caFingerprint: tls.caFingerprint,
    caValidFrom: new Date(ca.validFrom).toISOString(),
    caValidTo: new Date(ca.validTo).toISOString(),
    certValidTo: new Date(server.validTo).toISOString(),
    names: (server.subjectAltName ?? '')
      .split(', ')
      .map((n) => n.replace(/^(DNS|IP Address):/, ''))
      .filter(Boolean),
    providedByBranchIt: tls.source === 'provided',
    versions: { node: process.versions.node, mediasoup: mediasoupVersion },
  };
}
