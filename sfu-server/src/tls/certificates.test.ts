import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createBranchCa,
  fingerprintSha256,
  issueServerCertificate,
  needsRenewal,
  spkiSha256Base64,
  subjectAltNames,
} from './certificates.js';

describe('branch CA and server certificates', () => {
  it('issues a server certificate the CA signed, for its DNS names and IP addresses', async () => {
    const ca = await createBranchCa('Jakarta Pusat');
    const server = await issueServerCertificate(ca, ['bilik-srv', 'bilik-srv.local', '10.20.30.40']);
    const caCert = new X509Certificate(ca.certPem);
    const leaf = new X509Certificate(server.certPem);
    expect(caCert.ca).toBe(true);
    expect(leaf.ca).toBe(false);
    expect(leaf.verify(caCert.publicKey)).toBe(true);
    expect(leaf.checkIssued(caCert)).toBe(true);
    expect(leaf.checkHost('bilik-srv.local')).toBe('bilik-srv.local');
    expect(leaf.checkIP('10.20.30.40')).toBe('10.20.30.40');
    expect(leaf.checkHost('elsewhere.example')).toBeUndefined();
    expect(subjectAltNames(server.certPem)).toEqual(['bilik-srv', 'bilik-srv.local', '10.20.30.40']);
    expect(leaf.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
  });

  it('is not signed by another branch CA', async () => {
    const [ours, theirs] = await Promise.all([createBranchCa('A'), createBranchCa('B')]);
    const server = await issueServerCertificate(theirs, ['bilik-srv']);
    expect(new X509Certificate(server.certPem).verify(new X509Certificate(ours.certPem).publicKey)).toBe(
      false,
    );
    expect(fingerprintSha256(ours.certPem)).not.toBe(fingerprintSha256(theirs.certPem));
  });

  it('names fingerprints the way people and Chromium compare them', async () => {
    const ca = await createBranchCa('X');
    expect(fingerprintSha256(ca.certPem)).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(Buffer.from(spkiSha256Base64(ca.certPem), 'base64')).toHaveLength(32);
  });

  it('renews before expiry, and when a name is missing, not otherwise', async () => {
    const ca = await createBranchCa('X');
    const now = new Date('2027-01-01T00:00:00Z');
    const server = await issueServerCertificate(ca, ['bilik-srv', '10.0.0.5'], { now, validityDays: 180 });
    expect(needsRenewal(server.certPem, ['bilik-srv', '10.0.0.5'], now)).toBe(false);
    // Valid until 2027-06-30: renewed from 30 days before.
    expect(needsRenewal(server.certPem, ['BILIK-SRV'], new Date('2027-05-31T00:00:00Z'))).toBe(false);
    expect(needsRenewal(server.certPem, ['bilik-srv'], new Date('2027-05-31T00:00:01Z'))).toBe(true);
    expect(needsRenewal(server.certPem, ['bilik-srv', '10.0.0.6'], now)).toBe(true);
  });
});
