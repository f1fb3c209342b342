// Signing in: POST /api/officer/login for a token the /officer socket then presents (or, for an
// account that must choose a new password, POST /api/officer/password). The token lives in
// sessionStorage, so a reload keeps the CSO signed in but closing the window does not. Signing
// out revokes it on the server.

import { ERROR_CODES, type ErrorCode, type LoginResponse, type SetupRequest } from '@bilik/shared';

export type OfficerSession = LoginResponse;

const STORAGE_KEY = 'bilik.officer.session';

/** A refused or failed login; `code` is translated as `error.<code>`, NETWORK when unreachable. */
export class LoginError extends Error {
  constructor(
    readonly code: ErrorCode | 'NETWORK',
    message: string,
  ) {
    super(message);
  }
}

export function login(
  serverUrl: string,
  credentials: { username: string; password: string },
  fetchImpl: typeof fetch = fetch,
): Promise<OfficerSession> {
  return signIn(`${serverUrl}/api/officer/login`, credentials, fetchImpl);
}

/** A first login (or one after a reset): the temporary password and a new one, then signed in. */
export function changePassword(
  serverUrl: string,
  credentials: { username: string; password: string; newPassword: string },
  fetchImpl: typeof fetch = fetch,
): Promise<OfficerSession> {
  return signIn(`${serverUrl}/api/officer/password`, credentials, fetchImpl);
}

/** The first run's first admin, with the server's printed setup token; signed in on success. */
export function setupFirstAdmin(
  serverUrl: string,
  account: SetupRequest,
  fetchImpl: typeof fetch = fetch,
): Promise<OfficerSession> {
  return signIn(`${serverUrl}/api/setup`, account, fetchImpl);
}

/**
 * Signs the token out on the server (it stops working, its sockets close). Never throws: the
 * station forgets the token whatever the network says, and the token expires on its own.
 */
export async function logout(
  serverUrl: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  await fetchImpl(`${serverUrl}/api/officer/logout`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: '{}',
  }).catch(() => undefined);
}

async function signIn(url: string, payload: object, fetchImpl: typeof fetch): Promise<OfficerSession> {
  let res: Response;
  try {
    res = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
  } catch (err) {
    throw new LoginError('NETWORK', err instanceof Error ? err.message : String(err));
  }
  const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (res.ok && body?.ok === true && isSession(body)) return { token: body.token, officer: body.officer };
  const code =
    typeof body?.code === 'string' && (ERROR_CODES as readonly string[]).includes(body.code)
      ? body.code
      : 'INTERNAL';
  throw new LoginError(code as ErrorCode, `login refused with HTTP ${res.status}`);
}

function isSession(body: Record<string, unknown>): body is Record<string, unknown> & OfficerSession {
  const officer = body.officer as Record<string, unknown> | undefined;
  return (
    typeof body.token === 'string' &&
    typeof officer?.displayName === 'string' &&
    typeof officer.staffId === 'string'
  );
}

/** `key`: the desk and the branch console keep their sign-ins apart. */
export function loadSession(storage: Pick<Storage, 'getItem'>, key = STORAGE_KEY): OfficerSession | null {
  try {
    const parsed = JSON.parse(storage.getItem(key) ?? 'null') as unknown;
    return parsed !== null && typeof parsed === 'object' && isSession(parsed as Record<string, unknown>)
      ? (parsed as OfficerSession)
      : null;
  } catch {
    return null;
  }
}

export function saveSession(
  storage: Pick<Storage, 'setItem'>,
  session: OfficerSession,
  key = STORAGE_KEY,
): void {
  storage.setItem(key, JSON.stringify(session));
}

export function clearSession(storage: Pick<Storage, 'removeItem'>, key = STORAGE_KEY): void {
  storage.removeItem(key);
}
