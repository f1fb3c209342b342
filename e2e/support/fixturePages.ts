import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import { FIXTURE_NAME, fixtureCertificate } from './branchTrust.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** Bundles one page under e2e/fixtures/<name> (workspace packages from their sources) into `outDir`. */
export async function buildFixturePage(name: 'loopback' | 'peer', outDir: string): Promise<void> {
  await build({
    root: join(FIXTURES, name),
    logLevel: 'warn',
    resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
    build: { outDir, emptyOutDir: true, target: 'chrome120' },
  });
}

/** An HTTPS server for fixture pages: https://fixtures.branch.test, under the e2e branch CA. */
export async function fixtureServer(): Promise<Server> {
  return createServer(await fixtureCertificate());
}

/** Serves a built page directory on 127.0.0.1 as FIXTURE_NAME; `server` may take other requests first. */
export async function servePage(dir: string, server?: Server): Promise<{ server: Server; url: string }> {
  server ??= await fixtureServer();
  server.on('request', (req, res) => {
    if (res.headersSent || res.writableEnded) return;
    const path = normalize(join(dir, !req.url || req.url === '/' ? 'index.html' : req.url.split('?')[0]!));
    if (!path.startsWith(dir) || !existsSync(path) || statSync(path).isDirectory())
      return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'text/html' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `https://${FIXTURE_NAME}:${(server.address() as AddressInfo).port}` };
}
