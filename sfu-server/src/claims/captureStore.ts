import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Document captures on disk, encrypted at rest (AES-256-GCM, one random IV per file). The key
 * lives in a 0600 file beside the database unless BILIK_DATA_KEY (64 hex chars) provides one.
 */
export class CaptureStore {
  private readonly key: Buffer;

  constructor(
    private readonly dir: string,
    keyHex = process.env.BILIK_DATA_KEY,
  ) {
    mkdirSync(dir, { recursive: true });
    this.key = keyHex ? Buffer.from(keyHex, 'hex') : loadOrCreateKey(join(dir, '.capture-key'));
    if (this.key.length !== 32) throw new Error('BILIK_DATA_KEY must be 64 hex characters (32 bytes)');
  }

  /** Writes durably (temp file + rename) and returns the SHA-256 of the plain bytes. */
  write(fileName: string, data: Uint8Array): { sha256: string } {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(data), cipher.final()]);
    const tmp = join(this.dir, `${fileName}.tmp`);
    writeFileSync(tmp, Buffer.concat([iv, cipher.getAuthTag(), body]), { mode: 0o600, flush: true });
    renameSync(tmp, join(this.dir, fileName));
    return { sha256: createHash('sha256').update(data).digest('hex') };
  }

  read(fileName: string): Buffer {
    const raw = readFileSync(join(this.dir, fileName));
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  }
}

function loadOrCreateKey(file: string): Buffer {
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
}
