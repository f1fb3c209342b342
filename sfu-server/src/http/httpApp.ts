import {
  EnrollRequest,
  LoginRequest,
  ackError,
  type EnrollResponse,
  type ErrorCode,
  type LoginResponse,
} from '@bilik/shared';
import { version as mediasoupVersion } from 'mediasoup';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { z } from 'zod';
import type { Branch } from '../branch.js';
import type { TlsMaterial } from '../tls/branchTls.js';
import { serveCa } from './caPage.js';
import { serveStatic } from './staticFiles.js';

const MAX_BODY_BYTES = 16 * 1024;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; media-src 'self' blob: mediastream:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export type UiRoots = { kiosk: string; officer: string };
const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_CREDENTIALS: 401,
  LOCKED_OUT: 423,
  NOT_FOUND: 404,
};

/** HTTPS: health, metrics, the two token-issuing requests, the branch CA, and the built UIs. */
export function createHttpHandler(
  branch: Branch,
  metrics: Registry,
  ui: UiRoots,
  tls: () => TlsMaterial,
  logger: Logger,
) {
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const fail = (res: ServerResponse, code: ErrorCode, message: string) =>
    json(res, STATUS[code] ?? 500, ackError(code, message));

  async function post<S extends z.ZodType>(
    req: IncomingMessage,
    res: ServerResponse,
    schema: S,
    act: (body: z.infer<S>) => Promise<void> | void,
  ) {
    let size = 0;
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return fail(res, 'PAYLOAD_TOO_LARGE', `body over ${MAX_BODY_BYTES} bytes`);
      chunks.push(chunk);
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return fail(res, 'BAD_REQUEST', 'body is not JSON');
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      return fail(
        res,
        'BAD_REQUEST',
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    await act(parsed.data);
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'https://localhost');
    // Browsers that once reached the branch over HTTPS never try plain HTTP again.
    res.setHeader('strict-transport-security', 'max-age=31536000');
    try {
      if (req.method === 'GET' && url.pathname === '/health') {
        return json(res, 200, {
          ok: true,
          workers: branch.workers.all.filter((w) => !w.closed).length,
          desks: branch.desks.all().length,
          // Branch IT sees at a glance whether this server runs a runtime that still gets fixes.
          versions: { node: process.versions.node, mediasoup: mediasoupVersion },
        });
      }
      if (req.method === 'GET' && url.pathname === '/metrics') {
        res.writeHead(200, { 'content-type': metrics.contentType });
        return void res.end(await metrics.metrics());
      }
      if (req.method === 'POST' && url.pathname === '/api/officer/login') {
        return await post(req, res, LoginRequest, async ({ username, password }) => {
          const r = await branch.officers.login(username, password);
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
        });
      }
      if (req.method === 'POST' && url.pathname === '/api/booth/enroll') {
        return await post(req, res, EnrollRequest, ({ code }) => {
          const r = branch.enrollment.enroll(code);
          if (!r) return fail(res, 'NOT_FOUND', 'enrollment code unknown, used or expired');
          const body: EnrollResponse = {
            deviceToken: r.deviceToken,
            boothId: r.booth.id,
            boothName: r.booth.name,
          };
          json(res, 200, { ok: true, ...body });
        });
      }
      if (req.method === 'GET' && serveCa(url.pathname, tls(), res)) return;
      if (req.method === 'GET') {
        res.setHeader('content-security-policy', CSP);
        if (url.pathname === '/') {
          res.writeHead(302, { location: '/officer/' });
          return void res.end();
        }
        for (const [prefix, root] of [
          ['/kiosk/', ui.kiosk],
          ['/officer/', ui.officer],
        ] as const) {
          if (url.pathname.startsWith(prefix) && serveStatic(root, url.pathname.slice(prefix.length), res))
            return;
        }
      }
      fail(res, 'NOT_FOUND', `${req.method} ${url.pathname} not found`);
    } catch (err) {
      logger.error({ err, path: url.pathname }, 'http handler failed');
      if (!res.headersSent) fail(res, 'INTERNAL', 'internal error');
    }
  };
}
