import { EnrollRequest, ReportPdfQuery, type EnrollResponse } from '@bilik/shared';
import { version as mediasoupVersion } from 'mediasoup';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Branch } from '../branch.js';
import { branchReport } from '../store/reports.js';
import type { TlsMaterial } from '../tls/branchTls.js';
import { serveAccountRoutes } from './accountRoutes.js';
import { serveBackup } from './backupDownload.js';
import { serveCa } from './caPage.js';
import { authorised, fail, json, readBody } from './jsonHttp.js';
import { streamReportPdf } from './reportPdf.js';
import { serveStatic } from './staticFiles.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; media-src 'self' blob: mediastream:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export type UiRoots = { kiosk: string; officer: string; console: string };

/** HTTPS: health, metrics, the token-issuing requests, downloads, the branch CA, and the built UIs. */
export function createHttpHandler(
  branch: Branch,
  metrics: Registry,
  ui: UiRoots,
  tls: () => TlsMaterial,
  logger: Logger,
) {
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
      if (await serveAccountRoutes(branch, req, res, url.pathname)) return;
      if (req.method === 'POST' && url.pathname === '/api/booth/enroll') {
        const body = await readBody(req, res, EnrollRequest);
        if (!body) return;
        const r = branch.enrollment.enroll(body.code);
        if (!r) return fail(res, 'NOT_FOUND', 'enrollment code unknown, used or expired');
        const reply: EnrollResponse = {
          deviceToken: r.deviceToken,
          boothId: r.booth.id,
          boothName: r.booth.name,
        };
        return json(res, 200, { ok: true, ...reply });
      }
      if (req.method === 'GET' && url.pathname === '/api/admin/backup') {
        const admin = authorised(branch, req, res, ['admin']);
        return admin ? await serveBackup(branch, admin, res) : undefined;
      }
      if (req.method === 'GET' && url.pathname === '/api/reports/claims.pdf') {
        if (!authorised(branch, req, res, ['supervisor', 'admin'])) return;
        const query = ReportPdfQuery.safeParse(Object.fromEntries(url.searchParams));
        if (!query.success || query.data.from > query.data.to)
          return fail(res, 'BAD_REQUEST', 'from, to (YYYY-MM-DD)');
        const { from, to, claimType, lang } = query.data;
        return streamReportPdf(branchReport(branch.db, from, to, claimType ?? null), lang, res);
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
          ['/console/', ui.console],
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
