import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBilikAdmin } from '../cli/bilikAdmin.js';
import { openDatabase } from '../store/db.js';
import { connectSocket, postJson, startTestServer, type TestServer } from '../test-support/testServer.js';
import { send } from '../test-support/branchClient.js';

// A real install (BILIK_DEMO=0, empty database): no accounts, and one way in, the printed token.

const first = {
  username: 'ti.cabang',
  displayName: 'TI Cabang',
  staffId: 'IT-0001',
  password: 'pertama-kali-1',
};

describe('first run (real server, empty SQLite)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const status = async () =>
    JSON.parse((await send(`${server.url}/api/setup`, { agent: server.agent })).body);

  it('creates the first admin with the printed one-time token, and never again', async () => {
    expect(await status()).toEqual({ ok: true, needed: true });
    // No token issued yet: nothing opens the door.
    expect(await postJson(server, '/api/setup', { ...first, token: 'ABCD-EFGH-JKLM-NPQR' })).toMatchObject({
      status: 401,
    });
    const issued = server.branch.firstRun.issue()!;
    expect(Date.parse(issued.expiresAt) - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(await postJson(server, '/api/setup', { ...first, token: 'ABCD-EFGH-JKLM-NPQR' })).toMatchObject({
      status: 401,
    });
    expect(
      await postJson(server, '/api/setup', { ...first, password: 'ti.cabang', token: issued.token }),
    ).toMatchObject({
      status: 400,
    });
    const created = await postJson<{ ok: true; token: string; officer: { role: string } }>(
      server,
      '/api/setup',
      {
        ...first,
        token: issued.token.toLowerCase(),
      },
    );
    expect(created).toMatchObject({ status: 200, body: { ok: true, officer: { role: 'admin' } } });
    (await connectSocket(server, '/admin', { token: created.body.token })).disconnect();
    expect(await status()).toEqual({ ok: true, needed: false });
    expect(server.branch.firstRun.issue()).toBeNull();
    expect(
      await postJson(server, '/api/setup', { ...first, username: 'lagi', token: issued.token }),
    ).toMatchObject({
      status: 401,
    });
    const audit = server.branch.db
      .prepare("SELECT actor FROM audit_log WHERE action = 'officer.created'")
      .all() as { actor: string }[];
    expect(audit).toEqual([{ actor: 'system:first-run' }]);
  });

  it('refuses an expired token', async () => {
    const other = await startTestServer();
    try {
      const issued = other.branch.firstRun.issue(new Date(Date.now() - 31 * 60_000))!;
      expect(await postJson(other, '/api/setup', { ...first, token: issued.token })).toMatchObject({
        status: 401,
      });
      expect(other.branch.officers.count()).toBe(0);
    } finally {
      await other.stop();
    }
  });
});

describe('bilik-admin create-admin', () => {
  it('creates an admin in the data folder from the command line, audited, with the password rule', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bilik-cli-'));
    const printed: string[] = [];
    const run = (args: string[], password: string) =>
      runBilikAdmin(
        args,
        { BILIK_DATA_DIR: dataDir },
        { readLine: async () => password, print: (l) => printed.push(l) },
      );
    const args = [
      'create-admin',
      '--username',
      'ti.cabang',
      '--display-name',
      'TI Cabang',
      '--staff-id',
      'IT-1',
    ];
    expect(await run(['create-admin', '--username', 'x'], 'whatever-long')).toBe(2);
    expect(await run(args, 'pendek')).toBe(1);
    expect(await run(args, 'rahasia-cabang-1\n')).toBe(0);
    expect(await run(args, 'rahasia-cabang-2')).toBe(1);
    expect(printed.at(-1)).toContain('already exists');
    const db = openDatabase(join(dataDir, 'bilik.sqlite'));
    expect(db.prepare('SELECT username, role, must_change_password FROM officers').all()).toEqual([
      { username: 'ti.cabang', role: 'admin', must_change_password: 0 },
    ]);
    expect(db.prepare("SELECT actor FROM audit_log WHERE action = 'officer.created'").get()).toEqual({
      actor: 'system:bilik-admin',
    });
    db.close();
  });
});
