// Flatbed document scans through SANE's scanimage CLI. A CLI rather than a native binding keeps
// the booth app free of another compiled module, and a hung scanner can be killed by timeout.

import { execFile } from 'node:child_process';
import type { FlatbedScanResult } from '../bridge/types.js';

export interface FlatbedScanOptions {
  /** scanimage -d device name; SANE's default device when absent. */
  device?: string;
  timeoutMs?: number;
}

// An A4 page at 300 dpi in colour is ~25 MB raw; PNG output stays below this.
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export function scanFlatbed(options: FlatbedScanOptions = {}): Promise<FlatbedScanResult> {
  const args = ['--format=png', '--resolution', '300', ...(options.device ? ['-d', options.device] : [])];
  return new Promise((resolve) => {
    execFile(
      'scanimage',
      args,
      { encoding: 'buffer', timeout: options.timeoutMs ?? 60_000, maxBuffer: MAX_OUTPUT_BYTES },
      (error, stdout, stderr) => {
        if (error) {
          resolve({ ok: false, error: describeScanimageFailure(error, stderr.toString('utf8')) });
        } else if (stdout.length === 0) {
          resolve({ ok: false, error: 'scanimage produced no image' });
        } else {
          resolve({
            ok: true,
            mimeType: 'image/png',
            data: new Uint8Array(stdout.buffer, stdout.byteOffset, stdout.length),
          });
        }
      },
    );
  });
}

export interface ExecFailure {
  code?: string | number | null | undefined;
  killed?: boolean | undefined;
  signal?: NodeJS.Signals | string | null | undefined;
  message: string;
}

/** Turns an execFile failure into one line branch IT can act on. */
export function describeScanimageFailure(error: ExecFailure, stderr: string): string {
  if (error.code === 'ENOENT')
    return 'flatbed scanner software is not installed (scanimage not found; install sane-utils)';
  if (error.killed || error.signal === 'SIGTERM') return 'flatbed scanner timed out';
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return 'flatbed scan is larger than allowed';
  if (/no SANE devices found|Invalid argument|open of device .* failed/i.test(stderr)) {
    return `no flatbed scanner found (${firstLine(stderr)})`;
  }
  return `flatbed scan failed: ${firstLine(stderr) || error.message}`;
}

function firstLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')[0]
      ?.replace(/^scanimage:\s*/, '')
      .trim() ?? ''
  );
}
