// Signing in: POST /api/officer/login for a token the /officer socket then presents. The token
// lives in sessionStorage, so a reload keeps the CSO signed in but closing the window does not.

import { ERROR_CODES, type ErrorCode, type LoginResponse } from '@bilik/shared';

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

export async function login(
  serverUrl: string,
  credentials: { username: string; password: string },
  fetchImpl: typeof fetch = fetch,
): Promise<OfficerSession> {
  let res: Response;
  try {
    res = await fetchImpl(`${serverUrl}/api/officer/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
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

export function loadSession(storage: Pick<Storage, 'getItem'>): OfficerSession | null {
  try {
    const parsed = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    return parsed !== null && typeof parsed === 'object' && isSession(parsed as Record<string, unknown>)
      ? (parsed as OfficerSession)
      : null;
  } catch {
    return null;
  }
}

export function saveSession(storage: Pick<Storage, 'setItem'>, session: OfficerSession): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(STORAGE_KEY);
}
