import type { ServerResponse } from 'node:http';
import type { TlsMaterial } from '../tls/branchTls.js';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The branch CA for download, and the page that shows its fingerprint and how to trust it. */
export function serveCa(path: string, tls: TlsMaterial, res: ServerResponse): boolean {
  if (path === '/ca.crt') {
    res.writeHead(200, {
      'content-type': 'application/x-pem-file',
      'content-disposition': 'attachment; filename="bilik-branch-ca.crt"',
    });
    res.end(tls.caPem);
    return true;
  }
  if (path !== '/ca') return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Sertifikat cabang Bilik</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}code{font-size:1rem;word-break:break-all}pre{background:#f3f3f3;padding:1rem;overflow-x:auto}</style>
</head><body>
<h1>Sertifikat CA cabang / Branch CA certificate</h1>
<p>Booth dan PC petugas hanya mempercayai CA ini. Sebelum memasangnya, cocokkan sidik jarinya dengan yang dicetak server saat mulai.<br>
Booths and officer PCs trust only this CA. Before installing it, compare its fingerprint with the one the server printed at start.</p>
<p>SHA-256: <code id="fingerprint">${escape(tls.caFingerprint)}</code></p>
<p><a href="/ca.crt" download>bilik-branch-ca.crt</a> (${tls.source === 'provided' ? 'CA TI cabang / branch IT CA' : 'CA cabang Bilik / Bilik branch CA'})</p>
<h2>Debian, Chromium</h2>
<pre>sudo cp bilik-branch-ca.crt /usr/local/share/ca-certificates/
sudo update-ca-certificates
certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Bilik branch CA" -i bilik-branch-ca.crt</pre>
</body></html>
`);
  return true;
}
