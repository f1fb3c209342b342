// Sends ESC/POS bytes to the booth's receipt printer: a device file (a USB printer through the
// kernel's usblp driver) or a network printer's raw port. Nothing is read back: these printers
// have no reliable status channel, so a write that completes is taken as printed.

import { writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import type { ReceiptPrinterConfig } from '../config.js';

const TIMEOUT_MS = 10_000;

export async function sendToPrinter(printer: ReceiptPrinterConfig, bytes: Uint8Array): Promise<void> {
  if ('device' in printer) {
    await writeFile(printer.device, bytes, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ host: printer.host, port: printer.port });
    socket.setTimeout(TIMEOUT_MS, () => socket.destroy(new Error('receipt printer did not answer')));
    socket.once('error', reject);
    socket.once('connect', () => socket.end(bytes));
    socket.once('close', (hadError) => {
      if (!hadError) resolve();
    });
  });
}
