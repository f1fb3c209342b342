// Decodes input reports of a QR/barcode reader in USB HID POS mode (HID Point of Sale Usage
// Tables 1.02, usage page 0x8C "Bar Code Scanner", Scanned Data Report). The spec leaves the
// byte layout to the report descriptor; the layout below is the one Honeywell, Zebra and
// Access-IS readers document for their 64-byte report with ID 0x02 (see e.g. Access-IS
// LSR116/ATR110 manuals, appendix "HID reports – Receive data"):
//
//   byte 0       report ID 0x02                       (node-hid/hidapi keep it as byte 0)
//   byte 1       number of valid data bytes in 5..60  (0–56)
//   bytes 2–4    AIM symbology identifier "]cm"       (usages 0xFB–0xFD, e.g. "]Q1" = QR)
//   bytes 5–60   decoded data, NUL padded             (usage 0xFE Decoded Data)
//   byte 61      vendor symbology id (Honeywell Code ID, e.g. 's' = QR)
//   byte 62      reserved
//   byte 63      bit 0 set: more data follows in the next report (usage 0xFF Decoded Data
//                Continued) — long QR payloads span several reports.
//
// Bytes are joined before UTF-8 decoding so a multi-byte character split across two reports
// survives.

export interface PosScan {
  text: string;
  /** AIM identifier, e.g. "]Q1"; absent when the reader sends none. */
  symbology?: string;
}

export interface PosScannerParser {
  /** Feeds one input report; returns the codes it completed (usually zero or one). */
  push(report: Uint8Array): string[];
  /** Same as push, keeping the symbology identifier of each code. */
  pushScan(report: Uint8Array): PosScan[];
}

export const POS_REPORT_ID = 0x02;
const LENGTH_OFFSET = 1;
const AIM_OFFSET = 2;
const DATA_OFFSET = 5;
const MAX_DATA = 56;
const CONTINUED_OFFSET = 63;
// The largest QR Code holds under 3 KiB of bytes; anything longer means we lost the final
// report, so drop it rather than grow without bound.
const MAX_CODE_BYTES = 8 * 1024;

export function createPosScannerParser(): PosScannerParser {
  let chunks: Uint8Array[] = [];
  let size = 0;
  let symbology: string | undefined;
  // Set while skipping the remaining reports of a code that exceeded MAX_CODE_BYTES.
  let discarding = false;
  const decoder = new TextDecoder('utf-8');

  function pushScan(report: Uint8Array): PosScan[] {
    if (report.length <= DATA_OFFSET || report[0] !== POS_REPORT_ID) return [];
    const continued = ((report[CONTINUED_OFFSET] ?? 0) & 0x01) === 1;
    if (discarding) {
      discarding = continued;
      return [];
    }
    const length = Math.min(report[LENGTH_OFFSET] ?? 0, MAX_DATA, report.length - DATA_OFFSET);
    if (chunks.length === 0) symbology = readAim(report);
    chunks.push(report.slice(DATA_OFFSET, DATA_OFFSET + length));
    size += length;
    if (size > MAX_CODE_BYTES) {
      reset();
      discarding = continued;
      return [];
    }
    if (continued) return [];

    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    const scanSymbology = symbology;
    reset();
    // Readers configured with a CR/LF suffix send it inside the data; it is not part of the code.
    const text = decoder.decode(bytes).replace(/[\r\n]+$/, '');
    if (text === '') return [];
    return [scanSymbology === undefined ? { text } : { text, symbology: scanSymbology }];
  }

  function reset(): void {
    chunks = [];
    size = 0;
    symbology = undefined;
  }

  return {
    pushScan,
    push: (report) => pushScan(report).map((scan) => scan.text),
  };
}

function readAim(report: Uint8Array): string | undefined {
  const aim = report.subarray(AIM_OFFSET, AIM_OFFSET + 3);
  if (aim[0] !== 0x5d /* ']' */) return undefined;
  return String.fromCharCode(...aim);
}
