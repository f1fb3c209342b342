// What a booth or officer PC shows when the branch server's certificate is refused: for branch IT,
// who compares the two fingerprints and fixes the config (or the server), not for a participant.

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function certificateProblemPage(problem: {
  serverUrl: string;
  reason: string;
  expectedCa: string;
  presentedCa: string | null;
}): string {
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Bilik: sertifikat server ditolak</title>
<style>body{font:20px/1.5 system-ui,sans-serif;max-width:56rem;margin:3rem auto;padding:0 1rem;color:#111}
h1{font-size:1.6rem}code{font-size:1rem;word-break:break-all;background:#f3f3f3;padding:.1rem .3rem}</style></head><body>
<h1>Sambungan ke server cabang ditolak / Connection to the branch server refused</h1>
<p>Silakan panggil TI cabang. / Please call branch IT.</p>
<p>Server: <code>${escape(problem.serverUrl)}</code><br>Alasan / reason: ${escape(problem.reason)}</p>
<p>CA yang dipercaya PC ini / CA this PC trusts (caFingerprint):<br><code>${escape(problem.expectedCa)}</code></p>
<p>CA yang dikirim server / CA the server presented:<br><code>${escape(problem.presentedCa ?? 'tidak ada / none')}</code></p>
<p>Bandingkan dengan sidik jari yang dicetak server cabang saat mulai (juga di /ca). Aplikasi mencoba lagi setiap beberapa detik.<br>
Compare with the fingerprint the branch server prints at start (also at /ca). The app tries again every few seconds.</p>
</body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
