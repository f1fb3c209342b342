import { BoothEvents } from '@bilik/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKOUT } from './officerAccounts.js';
import {
  connectSocket,
  postJson,
  request,
  startTestServer,
  type TestServer,
} from '../test-support/testServer.js';

describe('enrollment and officer login (real server, real SQLite)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.branch.officers.create(
      { username: 'rina', password: 'correct horse 1', displayName: 'Rina', staffId: 'CSO-1', role: 'cso' },
      'test',
    );
  });
  afterAll(() => server.stop());

  it('enrolls a booth once with a one-time code, then the device token opens /booth', async () => {
    const { code } = server.branch.enrollment.issueCode('Bilik 7', 'test');
    const first = await postJson<{ ok: boolean; deviceToken: string }>(server, '/api/booth/enroll', {
      code: code.toLowerCase(),
    });
    expect(first.status).toBe(200);
    const again = await postJson<{ ok: boolean; code: string }>(server, '/api/booth/enroll', { code });
    expect(again).toMatchObject({ status: 404, body: { ok: false, code: 'NOT_FOUND' } });

    const socket = await connectSocket(server, '/booth', { deviceToken: first.body.deviceToken });
    const r = await request(socket, BoothEvents.callHelp, {});
    expect(r.ok).toBe(true);
    socket.disconnect();
  });

  it('refuses sockets without a valid token', async () => {
    await expect(connectSocket(server, '/booth', { deviceToken: 'x'.repeat(40) })).rejects.toThrow(
      'UNAUTHENTICATED',
    );
    await expect(connectSocket(server, '/officer', {})).rejects.toThrow('UNAUTHENTICATED');
  });

  it('logs a CSO in with the right password and refuses a wrong one', async () => {
    const good = await postJson<{ ok: boolean; token: string; officer: { staffId: string } }>(
      server,
      '/api/officer/login',
      { username: 'rina', password: 'correct horse 1' },
    );
    expect(good).toMatchObject({ status: 200, body: { ok: true, officer: { staffId: 'CSO-1' } } });
    const socket = await connectSocket(server, '/officer', { token: good.body.token });
    socket.disconnect();
    // A CSO is not an admin.
    await expect(connectSocket(server, '/admin', { token: good.body.token })).rejects.toThrow('FORBIDDEN');

    const bad = await postJson(server, '/api/officer/login', { username: 'rina', password: 'wrong' });
    expect(bad).toMatchObject({ status: 401, body: { ok: false, code: 'INVALID_CREDENTIALS' } });
    const nobody = await postJson(server, '/api/officer/login', {
      username: 'nobody',
      password: 'wrong',
    });
    expect(nobody).toMatchObject({ status: 401, body: { ok: false, code: 'INVALID_CREDENTIALS' } });
    const malformed = await postJson(server, '/api/officer/login', { username: 'rina' });
    expect(malformed).toMatchObject({ status: 400, body: { ok: false, code: 'BAD_REQUEST' } });
  });

  it(`locks the account after ${LOCKOUT.maxFailures} failures, even for the right password`, async () => {
    await server.branch.officers.create(
      { username: 'budi', password: 'correct horse 2', displayName: 'Budi', staffId: 'CSO-2', role: 'cso' },
      'test',
    );
    const attempts = [];
    for (let i = 0; i < LOCKOUT.maxFailures; i++)
      attempts.push(await postJson(server, '/api/officer/login', { username: 'budi', password: `nope${i}` }));
    expect(attempts.slice(0, -1).every((a) => a.status === 401)).toBe(true);
    expect(attempts.at(-1)).toMatchObject({ status: 423, body: { code: 'LOCKED_OUT' } });
    const right = await postJson(server, '/api/officer/login', {
      username: 'budi',
      password: 'correct horse 2',
    });
    expect(right).toMatchObject({ status: 423, body: { ok: false, code: 'LOCKED_OUT' } });
    const audit = server.branch.db
      .prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'officer.lockedOut'")
      .get() as { n: number };
    expect(audit.n).toBe(1);
  });
});
