import { AdminEvents } from '@bilik/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleUser, loggedInOfficer } from '../test-support/actors.js';
import { send } from '../test-support/branchClient.js';
import {
  connectSocket,
  ok,
  postJson,
  request,
  startTestServer,
  type AdminSocket,
  type TestServer,
} from '../test-support/testServer.js';

// Officer accounts as branch IT runs them, and signing out on the server: a token that is signed
// out, disabled or reset stops working at once and the sockets it opened are closed.

type Reply = { ok: boolean; code?: string; token?: string };

describe('officer accounts and sign-out (real server, SQLite, sockets)', () => {
  let server: TestServer;
  let admin: AdminSocket;
  const login = (username: string, password: string) =>
    postJson<Reply>(server, '/api/officer/login', { username, password });
  const logout = (token: string) =>
    send(`${server.url}/api/officer/logout`, {
      agent: server.agent,
      method: 'POST',
      json: {},
      headers: { authorization: `Bearer ${token}` },
    });
  const actions = () =>
    (server.branch.db.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map(
      (r) => r.action,
    );

  beforeAll(async () => {
    server = await startTestServer();
    admin = (await consoleUser(server, 'admin')).socket;
  });
  afterAll(() => server.stop());

  it('creates an officer who must choose their own password at first login', async () => {
    expect(
      await request(admin, AdminEvents.createOfficer, {
        username: 'wati',
        displayName: 'Wati',
        staffId: 'CSO-9',
        password: 'wati',
        role: 'cso',
      }),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    expect(
      await request(admin, AdminEvents.createOfficer, {
        username: 'watiwatiwati',
        displayName: 'Wati',
        staffId: 'CSO-9',
        password: 'WatiWatiWati',
        role: 'cso',
      }),
    ).toMatchObject({ code: 'WEAK_PASSWORD' });
    const { officerId } = await ok(admin, AdminEvents.createOfficer, {
      username: 'wati',
      displayName: 'Wati Susanti',
      staffId: 'CSO-9',
      password: 'sementara-123',
      role: 'cso',
    });
    expect(
      await request(admin, AdminEvents.createOfficer, {
        username: 'wati',
        displayName: 'Wati lagi',
        staffId: 'CSO-10',
        password: 'sementara-123',
        role: 'cso',
      }),
    ).toMatchObject({ code: 'CONFLICT' });

    expect(await login('wati', 'sementara-123')).toMatchObject({
      status: 403,
      body: { code: 'PASSWORD_CHANGE_REQUIRED' },
    });
    // A wrong current password is a failed login, counted towards the lockout.
    const change = (password: string, newPassword: string) =>
      postJson<Reply>(server, '/api/officer/password', { username: 'wati', password, newPassword });
    expect(await change('salah-sekali', 'kopi-susu-77')).toMatchObject({ status: 401 });
    expect(await change('sementara-123', 'sementara-123')).toMatchObject({ status: 422 });
    const changed = await change('sementara-123', 'kopi-susu-77');
    expect(changed).toMatchObject({ status: 200, body: { ok: true } });
    expect(await login('wati', 'kopi-susu-77')).toMatchObject({ status: 200 });
    const listed = (await ok(admin, AdminEvents.listOfficers, {})).officers.find(
      (o) => o.officerId === officerId,
    );
    expect(listed).toMatchObject({
      username: 'wati',
      role: 'cso',
      disabled: false,
      mustChangePassword: false,
    });
    expect(actions()).toEqual(expect.arrayContaining(['officer.created', 'officer.passwordChanged']));
  });

  it('signs out on the server: the token is refused and its sockets, officer and admin, close', async () => {
    const cso = await loggedInOfficer(server, 'cso1');
    const closed = new Promise<string>((resolve) => cso.socket.once('disconnect', resolve));
    expect((await logout(cso.token)).status).toBe(200);
    expect(await closed).toBe('io server disconnect');
    await expect(connectSocket(server, '/officer', { token: cso.token })).rejects.toThrow('UNAUTHENTICATED');

    const supervisor = await consoleUser(server, 'sup1');
    const other = await consoleUser(server, 'sup1');
    const supervisorClosed = new Promise<string>((resolve) => supervisor.socket.once('disconnect', resolve));
    await logout(supervisor.token);
    expect(await supervisorClosed).toBe('io server disconnect');
    // Another sign-in of the same person is another token: it stays.
    expect(other.socket.connected).toBe(true);
    other.socket.disconnect();
    expect(actions().filter((a) => a === 'officer.loggedOut')).toHaveLength(2);
  });

  it("disables and enables an account, never one's own", async () => {
    const cso = await loggedInOfficer(server, 'cso2');
    const id = (await ok(admin, AdminEvents.listOfficers, {})).officers.find(
      (o) => o.username === 'cso2',
    )!.officerId;
    const closed = new Promise<string>((resolve) => cso.socket.once('disconnect', resolve));
    await ok(admin, AdminEvents.setOfficerDisabled, { officerId: id, disabled: true });
    expect(await closed).toBe('io server disconnect');
    expect(await login('cso2', 'cso2-demo-pass')).toMatchObject({
      status: 403,
      body: { code: 'ACCOUNT_DISABLED' },
    });
    expect(await login('cso2', 'wrong-password')).toMatchObject({ status: 401 });
    await ok(admin, AdminEvents.setOfficerDisabled, { officerId: id, disabled: false });
    expect(await login('cso2', 'cso2-demo-pass')).toMatchObject({ status: 200 });

    const adminId = (await ok(admin, AdminEvents.listOfficers, {})).officers.find(
      (o) => o.username === 'admin',
    )!.officerId;
    expect(
      await request(admin, AdminEvents.setOfficerDisabled, { officerId: adminId, disabled: true }),
    ).toMatchObject({ code: 'CONFLICT' });
    const { officerId: second } = await ok(admin, AdminEvents.createOfficer, {
      username: 'ti.dua',
      displayName: 'TI Dua',
      staffId: 'IT-2',
      password: 'sementara-456',
      role: 'admin',
    });
    await ok(admin, AdminEvents.setOfficerDisabled, { officerId: second, disabled: true });
    expect(actions()).toEqual(expect.arrayContaining(['officer.disabled', 'officer.enabled']));
  });

  it('resets a password: signed out everywhere, unlocked, and asked for a new one', async () => {
    const cso = await loggedInOfficer(server, 'cso1');
    for (let i = 0; i < 5; i++) await login('cso1', 'wrong-password');
    expect(await login('cso1', 'cso1-demo-pass')).toMatchObject({ status: 423 });
    const id = (await ok(admin, AdminEvents.listOfficers, {})).officers.find(
      (o) => o.username === 'cso1',
    )!.officerId;
    const closed = new Promise<string>((resolve) => cso.socket.once('disconnect', resolve));
    expect(
      await request(admin, AdminEvents.resetOfficerPassword, { officerId: id, password: 'pendek' }),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    await ok(admin, AdminEvents.resetOfficerPassword, { officerId: id, password: 'sementara-789' });
    expect(await closed).toBe('io server disconnect');
    expect(await login('cso1', 'sementara-789')).toMatchObject({
      status: 403,
      body: { code: 'PASSWORD_CHANGE_REQUIRED' },
    });
    expect(actions()).toContain('officer.passwordReset');
  });
});
