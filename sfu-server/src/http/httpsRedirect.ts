import { createServer, type Server } from 'node:http';

/**
 * The plain-HTTP port: it answers every request with a redirect to the same path over HTTPS and
 * reads nothing of the request, so a password, token or NIK sent here by mistake is never used,
 * and refuses WebSocket upgrades outright.
 */
export function createHttpsRedirect(httpsPort: number, knownHosts: readonly string[]): Server {
  const known = new Set(knownHosts.map((h) => h.toLowerCase()));
  const server = createServer((req, res) => {
    // Only names the certificate covers: a forged Host header cannot send anyone elsewhere.
    const asked = (req.headers.host ?? '')
      .replace(/:\d+$/, '')
      .replace(/^\[(.*)\]$/, '$1')
      .toLowerCase();
    const host = known.has(asked) ? asked : knownHosts[0]!;
    const authority = host.includes(':') ? `[${host}]` : host;
    res.writeHead(308, {
      location: `https://${authority}:${httpsPort}${req.url ?? '/'}`,
      connection: 'close',
    });
    res.end();
    req.socket.destroySoon();
  });
  server.on('upgrade', (_req, socket) => {
    socket.end('HTTP/1.1 426 Upgrade Required\r\nUpgrade: TLS/1.2, HTTP/1.1\r\nConnection: close\r\n\r\n');
  });
  return server;
}
