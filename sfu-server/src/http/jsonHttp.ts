import { ackError, type ErrorCode } from '@bilik/shared';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { Officer } from '../auth/officerAccounts.js';
import type { Branch } from '../branch.js';

// The few JSON requests made outside a socket (sign-in, enrollment, first run) and the downloads
// a console makes with its token: small bodies, the same ack shape as the sockets.

const MAX_BODY_BYTES = 16 * 1024;
const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  ACCOUNT_DISABLED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  WEAK_PASSWORD: 422,
  LOCKED_OUT: 423,
};

export function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function fail(res: ServerResponse, code: ErrorCode, message: string): void {
  json(res, STATUS[code] ?? 500, ackError(code, message));
}

/** Reads a bounded JSON body and parses it with `schema`; answers the refusal itself and returns null. */
export async function readBody<S extends z.ZodType>(
  req: IncomingMessage,
  res: ServerResponse,
  schema: S,
): Promise<z.infer<S> | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      fail(res, 'PAYLOAD_TOO_LARGE', `body over ${MAX_BODY_BYTES} bytes`);
      return null;
    }
    chunks.push(chunk);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    fail(res, 'BAD_REQUEST', 'body is not JSON');
    return null;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    fail(res, 'BAD_REQUEST', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    return null;
  }
  return parsed.data;
}

/** The `Authorization: Bearer <token>` a console sends with a download or a sign-out. */
export function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(req.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/** The signed-in officer of a request, if their role may make it; otherwise answers 401/403 and returns null. */
export function authorised(
  branch: Branch,
  req: IncomingMessage,
  res: ServerResponse,
  roles: readonly Officer['role'][],
): Officer | null {
  const token = bearerToken(req);
  const officer = token ? branch.officers.byToken(token) : null;
  if (!officer) {
    fail(res, 'UNAUTHENTICATED', 'sign in first');
    return null;
  }
  if (!roles.includes(officer.role)) {
    fail(res, 'FORBIDDEN', `for ${roles.join(' and ')} only`);
    return null;
  }
  return officer;
}
