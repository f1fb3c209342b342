import { describe, expect, it } from 'vitest';
import { clearSession, loadSession, login, LoginError, saveSession } from './officerSession.js';

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
