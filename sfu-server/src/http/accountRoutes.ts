import {
  ChangePasswordRequest,
  LoginRequest,
  SetupRequest,
  type LoginResponse,
  type SetupStatus,
} from '@bilik/shared';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoginResult } from '../auth/officerAccounts.js';
import type { Branch } from '../branch.js';
import { ServiceError } from '../errors.js';
import { bearerToken, fail, json, readBody } from './jsonHttp.js';

/** Sign-in, sign-out, password change and the first run's admin: the requests that hand out tokens. */
export async function serveAccountRoutes(
  branch: Branch,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<boolean> {
  if (req.method === 'POST' && path === '/api/officer/login') {
    const body = await readBody(req, res, LoginRequest);
    if (body) signedIn(res, await branch.officers.login(body.username, body.password));
    return true;
  }
  if (req.method === 'POST' && path === '/api/officer/password') {
    const body = await readBody(req, res, ChangePasswordRequest);
    if (body)
      signedIn(res, await branch.officers.changePassword(body.username, body.password, body.newPassword));
    return true;
  }
  if (req.method === 'POST' && path === '/api/officer/logout') {
    const token = bearerToken(req);
    // Idempotent: an expired or unknown token is signed out already.
    if (token) branch.officers.logout(token);
    json(res, 200, { ok: true });
    return true;
  }
  if (req.method === 'GET' && path === '/api/setup') {
    const status: SetupStatus = { needed: branch.firstRun.needed };
    json(res, 200, { ok: true, ...status });
    return true;
  }
  if (req.method === 'POST' && path === '/api/setup') {
    const body = await readBody(req, res, SetupRequest);
    if (!body) return true;
    try {
      await branch.firstRun.createFirstAdmin(body);
    } catch (err) {
      if (err instanceof ServiceError) return (fail(res, err.code, err.message), true);
      throw err;
    }
    signedIn(res, await branch.officers.login(body.username, body.password));
    return true;
  }
  return false;
}

function signedIn(res: ServerResponse, r: LoginResult): void {
  if (!r.ok) return fail(res, r.code, r.message);
  const body: LoginResponse = {
    token: r.token,
    officer: {
      username: r.officer.username,
      displayName: r.officer.displayName,
      staffId: r.officer.staffId,
      role: r.officer.role,
    },
  };
  json(res, 200, { ok: true, ...body });
}
