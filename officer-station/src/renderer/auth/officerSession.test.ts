import { describe, expect, it } from 'vitest';
import {
  changePassword,
  clearSession,
  loadSession,
  login,
  LoginError,
  logout,
  saveSession,
} from './officerSession.js';

const officer = { username: 'cso1', displayName: 'Rina Kartika', staffId: 'CSO-0101', role: 'cso' as const };
const reply = (status: number, body: unknown): typeof fetch =>
  (() => Promise.resolve(new Response(JSON.stringify(body), { status }))) as typeof fetch;

describe('login', () => {
  it('posts the credentials and returns token and officer', async () => {
    let sent: { url: string; body: unknown } | undefined;
    const fetchImpl = ((url: string, init: RequestInit) => {
      sent = { url, body: JSON.parse(init.body as string) };
      return Promise.resolve(
        new Response(JSON.stringify({ ok: true, token: 't'.repeat(32), officer }), { status: 200 }),
      );
    }) as unknown as typeof fetch;
    const session = await login('http://10.20.0.5:8080', { username: 'cso1', password: 'pw' }, fetchImpl);
    expect(sent).toEqual({
      url: 'http://10.20.0.5:8080/api/officer/login',
      body: { username: 'cso1', password: 'pw' },
    });
    expect(session).toEqual({ token: 't'.repeat(32), officer });
  });

  it('carries the server code of a refusal', async () => {
    const refused = login(
      'http://x',
      { username: 'a', password: 'b' },
      reply(401, { ok: false, code: 'INVALID_CREDENTIALS', message: 'no' }),
    );
    await expect(refused).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    const locked = login(
      'http://x',
      { username: 'a', password: 'b' },
      reply(423, { ok: false, code: 'LOCKED_OUT', message: 'no' }),
    );
    await expect(locked).rejects.toBeInstanceOf(LoginError);
    await expect(locked).rejects.toMatchObject({ code: 'LOCKED_OUT' });
  });

  it('reports an unreachable server as NETWORK and a garbled answer as INTERNAL', async () => {
    const down = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    await expect(login('http://x', { username: 'a', password: 'b' }, down)).rejects.toMatchObject({
      code: 'NETWORK',
    });
    const garbled = (() => Promise.resolve(new Response('<html>', { status: 502 }))) as typeof fetch;
    await expect(login('http://x', { username: 'a', password: 'b' }, garbled)).rejects.toMatchObject({
      code: 'INTERNAL',
    });
  });
});

describe('password change and sign-out', () => {
  it('changes the password and signs in with the new one', async () => {
    let sent: { url: string; body: unknown } | undefined;
    const fetchImpl = ((url: string, init: RequestInit) => {
      sent = { url, body: JSON.parse(init.body as string) };
      return Promise.resolve(
        new Response(JSON.stringify({ ok: true, token: 't'.repeat(32), officer }), { status: 200 }),
      );
    }) as unknown as typeof fetch;
    const credentials = { username: 'cso1', password: 'sementara-1', newPassword: 'kopi-susu-77' };
    await changePassword('https://x', credentials, fetchImpl);
    expect(sent).toEqual({ url: 'https://x/api/officer/password', body: credentials });
    await expect(
      changePassword(
        'https://x',
        credentials,
        reply(422, { ok: false, code: 'WEAK_PASSWORD', message: 'no' }),
      ),
    ).rejects.toMatchObject({ code: 'WEAK_PASSWORD' });
  });

  it('revokes the token on the server, and never fails the sign-out', async () => {
    let auth: string | null = null;
    const fetchImpl = ((_url: string, init: RequestInit) => {
      auth = new Headers(init.headers).get('authorization');
      return Promise.resolve(new Response('{"ok":true}'));
    }) as unknown as typeof fetch;
    await logout('https://x', 'tok', fetchImpl);
    expect(auth).toBe('Bearer tok');
    await expect(
      logout('https://x', 'tok', (() => Promise.reject(new TypeError('down'))) as typeof fetch),
    ).resolves.toBeUndefined();
  });
});

describe('stored session', () => {
  it('round-trips, and ignores anything that is not a session', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    expect(loadSession(storage)).toBeNull();
    saveSession(storage, { token: 'tok', officer });
    expect(loadSession(storage)).toEqual({ token: 'tok', officer });
    clearSession(storage);
    expect(loadSession(storage)).toBeNull();
    store.set('bilik.officer.session', '{not json');
    expect(loadSession(storage)).toBeNull();
  });
});
