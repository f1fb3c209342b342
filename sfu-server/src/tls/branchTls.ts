import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import {
  createBranchCa,
  fingerprintSha256,
  issueServerCertificate,
  needsRenewal,
  type CertificateAndKey,
} from './certificates.js';

/** What the HTTPS server presents and what clients are told to pin. */
export type TlsMaterial = {
  key: string;
  /** The server certificate followed by the CA, so a client can match the CA it pins. */
  cert: string;
  caPem: string;
  caFingerprint: string;
  validTo: string;
  source: 'branch-ca' | 'provided';
  serverCertPem: string;
};

export type TlsOptions = {
  /** Where the branch CA and the server certificate live (inside the data dir). */
  dir: string;
  /** DNS names and IP addresses booths and officer PCs use to reach this server. */
  names: readonly string[];
  branchName: string;
  /** Certificate, key and issuing CA provided by branch IT, instead of the branch CA. */
  provided: { certFile: string; keyFile: string; caFile: string } | null;
};

function writeSecret(file: string, content: string, mode: number): void {
  // Written whole, then renamed: a crash never leaves half a key behind.
  writeFileSync(`${file}.tmp`, content, { mode });
  chmodSync(`${file}.tmp`, mode);
  renameSync(`${file}.tmp`, file);
}

const read = (file: string) => readFileSync(file, 'utf8');

/**
 * The branch server's TLS: a branch CA created on first start (or branch IT's own certificate),
 * and a server certificate for the branch's names, renewed before it expires without touching
 * the CA, so booths that pin the CA never need re-enrolling.
 */
export class BranchTls {
  private current: TlsMaterial;

  private constructor(
    private readonly options: TlsOptions,
    private readonly logger: Logger,
    material: TlsMaterial,
  ) {
    this.current = material;
  }

  static async open(options: TlsOptions, logger: Logger, now = new Date()): Promise<BranchTls> {
    const first = options.provided ? loadProvided(options.provided) : await generated(options, logger, now);
    return new BranchTls(options, logger, first);
  }

  get material(): TlsMaterial {
    return this.current;
  }

  get names(): readonly string[] {
    return this.options.names;
  }

  /** Reissues the server certificate when it is due; true when the material changed. */
  async renewIfDue(now = new Date()): Promise<boolean> {
    if (this.current.source === 'provided') return false;
    if (!needsRenewal(this.current.serverCertPem, this.options.names, now)) return false;
    this.current = await generated(this.options, this.logger, now);
    return true;
  }
}

/** A CA created on first start (kept), and a server certificate issued again when due. */
async function generated(options: TlsOptions, logger: Logger, now: Date): Promise<TlsMaterial> {
  const file = (name: string) => join(options.dir, name);
  mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  let ca: CertificateAndKey;
  if (existsSync(file('ca.crt')) && existsSync(file('ca.key'))) {
    ca = { certPem: read(file('ca.crt')), keyPem: read(file('ca.key')) };
  } else {
    ca = await createBranchCa(options.branchName, now);
    writeSecret(file('ca.key'), ca.keyPem, 0o600);
    writeSecret(file('ca.crt'), ca.certPem, 0o644);
    logger.warn({ fingerprint: fingerprintSha256(ca.certPem) }, 'created a new branch CA');
  }
  let server: CertificateAndKey | null =
    existsSync(file('server.crt')) && existsSync(file('server.key'))
      ? { certPem: read(file('server.crt')), keyPem: read(file('server.key')) }
      : null;
  if (!server || needsRenewal(server.certPem, options.names, now) || !issuedBy(server.certPem, ca.certPem)) {
    server = await issueServerCertificate(ca, options.names, { now });
    writeSecret(file('server.key'), server.keyPem, 0o600);
    writeSecret(file('server.crt'), server.certPem, 0o644);
    logger.info({ names: options.names }, 'issued a server certificate');
  }
  return material(server, ca.certPem, 'branch-ca');
}

function loadProvided(files: NonNullable<TlsOptions['provided']>): TlsMaterial {
  const readProvided = (what: string, file: string) => {
    try {
      return read(file);
    } catch (err) {
      throw new Error(`cannot read the ${what} branch IT provided (${file}): ${(err as Error).message}`, {
        cause: err,
      });
    }
  };
  const server = {
    certPem: readProvided('certificate', files.certFile),
    keyPem: readProvided('key', files.keyFile),
  };
  const caPem = readProvided('CA certificate', files.caFile);
  if (!issuedBy(server.certPem, caPem))
    throw new Error(`the certificate ${files.certFile} was not issued by the CA in ${files.caFile}`);
  return material(server, caPem, 'provided');
}

function issuedBy(certPem: string, caPem: string): boolean {
  const leaf = new X509Certificate(certPem);
  const ca = new X509Certificate(caPem);
  return leaf.checkIssued(ca) && leaf.verify(ca.publicKey);
}

function material(server: CertificateAndKey, caPem: string, source: TlsMaterial['source']): TlsMaterial {
  const leaf = new X509Certificate(server.certPem);
  return {
    key: server.keyPem,
    cert: `${server.certPem.trim()}\n${caPem.trim()}\n`,
    caPem,
    caFingerprint: fingerprintSha256(caPem),
    validTo: new Date(leaf.validTo).toISOString(),
    source,
    serverCertPem: server.certPem,
  };
}
