import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit } from '../audit/auditLog.js';
import type { Officer } from '../auth/officerAccounts.js';
import type { Branch } from '../branch.js';

/**
 * A consistent copy of the live database (SQLite's online backup: WAL included, writers not
 * blocked) written to a private temp file, streamed to branch IT, then deleted. Audited first,
 * so the copy carries the record of its own making.
 */
export async function serveBackup(branch: Branch, admin: Officer, res: ServerResponse, now = new Date()) {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const fileName = `bilik-backup-${stamp}.sqlite`;
  appendAudit(branch.db, {
    actor: `officer:${admin.id}`,
    action: 'database.backupDownloaded',
    subject: null,
    details: { fileName },
  });
  const dir = mkdtempSync(join(tmpdir(), 'bilik-backup-'));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  try {
    const file = join(dir, 'bilik.sqlite');
    await branch.db.backup(file);
    res.writeHead(200, {
      'content-type': 'application/vnd.sqlite3',
      'content-disposition': `attachment; filename="${fileName}"`,
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    const stream = createReadStream(file);
    stream.on('close', cleanUp);
    stream.pipe(res);
  } catch (err) {
    cleanUp();
    throw err;
  }
}
