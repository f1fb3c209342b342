import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRANCH_NAME, branchAgent, send } from '../test-support/branchClient.js';
import { startTestServer, type TestServer } from '../test-support/testServer.js';
import { BranchTls } from './branchTls.js';
import { createBranchCa, fingerprintSha256 } from './certificates.js';

const silent = pino({ level: 'silent' });

describe('the branch server over TLS', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('serves HTTPS to clients that trust the branch CA, presenting the CA with its certificate', async () => {
    expect(server.url).toBe(`https://${BRANCH_NAME}:${new URL(server.url).port}`);
    expect((await send(`${server.url}/health`, { agent: server.agent })).status).toBe(200);
    const { connect: tlsConnect } = await import('node:tls');
    const chain = await new Promise<{ leaf: X509Certificate; issuer: string }>((resolve, reject) => {
      const socket = tlsConnect(
        {
          host: '127.0.0.1',
          port: Number(new URL(server.url).port),
          servername: BRANCH_NAME,
          ca: server.caPem,
        },
        () => {
          const peer = socket.getPeerCertificate(true);
          resolve({ leaf: new X509Certificate(peer.raw), issuer: peer.issuerCertificate.fingerprint256 });
          socket.end();
        },
      );
      socket.once('error', reject);
    });
    expect(chain.leaf.checkHost(BRANCH_NAME)).toBe(BRANCH_NAME);
    expect(chain.issuer).toBe(fingerprintSha256(server.caPem));
  });

  it('is refused by a client that trusts another CA, or only the system store', async () => {
    const other = await createBranchCa('elsewhere');
    await expect(send(`${server.url}/health`, { agent: branchAgent(other.certPem) })).rejects.toThrow(
      /self-signed certificate in certificate chain|unable to verify/,
    );
  });

  it('answers on its HTTP port only with redirects, reading nothing a client sends', async () => {
    const plain = server.redirectUrl!;
    const health = await send(`${plain}/health`);
    expect(health.status).toBe(308);
    expect(health.headers.location).toBe(`${server.url}/health`);
    const failuresBefore = server.branch.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get();
    const login = await send(`${plain}/api/officer/login`, { json: { username: 'cso1', password: 'x' } });
    expect(login.status).toBe(308);
    expect(login.headers.location).toBe(`${server.url}/api/officer/login`);
    expect(login.body).toBe('');
    expect(server.branch.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual(failuresBefore);
    // A forged Host cannot send the browser anywhere else.
    const forged = await new Promise<string | undefined>((resolve, reject) => {
      const u = new URL(plain);
      import('node:http').then(({ get }) =>
        get(
          {
            host: u.hostname === BRANCH_NAME ? '127.0.0.1' : u.hostname,
            port: u.port,
            path: '/x',
            headers: { host: 'evil.example' },
          },
          (res) => {
            resolve(res.headers.location);
            res.resume();
          },
        ).on('error', reject),
      );
    });
    expect(forged).toBe(`https://${BRANCH_NAME}:${new URL(server.url).port}/x`);
  });

  it('refuses WebSocket over plain HTTP', async () => {
    const port = new URL(server.redirectUrl!).port;
    const socket = connect(`ws://127.0.0.1:${port}/booth`, {
      transports: ['websocket'],
      reconnection: false,
    });
    const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
    socket.close();
    expect(error.message).toMatch(/websocket error/);
  });

  it('serves the CA for download beside a page showing its fingerprint', async () => {
    const crt = await send(`${server.url}/ca.crt`, { agent: server.agent });
    expect(crt.body).toBe(server.caPem);
    const page = await send(`${server.url}/ca`, { agent: server.agent });
    expect(page.body).toContain(`<code id="fingerprint">${fingerprintSha256(server.caPem)}</code>`);
  });
});

describe('the branch CA on disk', () => {
  const options = (dir: string, names: string[]) => ({ dir, names, branchName: 'KC Test', provided: null });

  it('is created once with private keys readable by the server only, and kept across restarts', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'bilik-tls-')), 'tls');
    const first = await BranchTls.open(options(dir, ['bilik-srv']), silent);
    expect(statSync(join(dir, 'ca.key')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'server.key')).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const again = await BranchTls.open(options(dir, ['bilik-srv']), silent);
    expect(again.material.caFingerprint).toBe(first.material.caFingerprint);
    expect(again.material.serverCertPem).toBe(first.material.serverCertPem);
    // A new LAN name: a new server certificate, the same CA (booths need not re-enroll).
    const renamed = await BranchTls.open(options(dir, ['bilik-srv', '10.1.2.3']), silent);
    expect(renamed.material.caFingerprint).toBe(first.material.caFingerprint);
    expect(new X509Certificate(renamed.material.serverCertPem).checkIP('10.1.2.3')).toBe('10.1.2.3');
  });

  it('renews the server certificate before it expires, under the same CA', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'bilik-tls-')), 'tls');
    const tls = await BranchTls.open(options(dir, ['bilik-srv']), silent);
    const before = tls.material;
    expect(await tls.renewIfDue(new Date(Date.now() + 100 * 86_400_000))).toBe(false);
    expect(await tls.renewIfDue(new Date(Date.now() + 160 * 86_400_000))).toBe(true);
    expect(tls.material.serverCertPem).not.toBe(before.serverCertPem);
    expect(tls.material.caFingerprint).toBe(before.caFingerprint);
    expect(readFileSync(join(dir, 'server.crt'), 'utf8')).toBe(tls.material.serverCertPem);
  });

  it("uses branch IT's certificate, and refuses one its CA did not issue", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bilik-tls-'));
    const it = await BranchTls.open(options(join(dir, 'it'), ['bilik-srv']), silent);
    const files = {
      certFile: join(dir, 'it', 'server.crt'),
      keyFile: join(dir, 'it', 'server.key'),
      caFile: join(dir, 'it', 'ca.crt'),
    };
    const provided = await BranchTls.open(
      { ...options(join(dir, 'unused'), ['bilik-srv']), provided: files },
      silent,
    );
    expect(provided.material).toMatchObject({ source: 'provided', caFingerprint: it.material.caFingerprint });
    const stranger = await createBranchCa('stranger');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'stranger.crt'), stranger.certPem);
    await expect(
      BranchTls.open(
        {
          ...options(join(dir, 'unused'), ['bilik-srv']),
          provided: { ...files, caFile: join(dir, 'stranger.crt') },
        },
        silent,
      ),
    ).rejects.toThrow('was not issued by the CA in');
  });
});
