// Decodes a keyboard-emulation ("keyboard wedge") QR/barcode reader read directly as HID boot
// keyboard input reports: [modifiers, reserved, key1..key6] (HID 1.11 appendix B.1, usages from
// the Keyboard/Keypad page 0x07, US layout as every reader ships by default).
//
// A report lists the keys held *now*, so a character is typed when its usage appears that was
// not in the previous report. That one rule ignores key-repeat duplicates (the same report sent
// again) and still types "AA": the reader sends an all-zero release report between the two
// presses, which empties the held set.

import { keyboardUsageToChar, USAGE_ENTER, USAGE_KEYPAD_ENTER } from './keyboardUsages.js';

export interface KeyboardReportParser {
  /** Feeds one input report; returns the codes it completed (terminated by Enter). */
  push(report: Uint8Array): string[];
}

const BOOT_REPORT_LENGTH = 8;
const SHIFT_MASK = 0x02 | 0x20; // left shift | right shift
const CTRL_ALT_GUI_MASK = 0xff & ~SHIFT_MASK;
// Usage 0x01 in every slot is ErrorRollOver: the keyboard could not tell which keys are down.
const USAGE_ERROR_ROLLOVER = 0x01;
// Longer than any code we accept; protects against a reader that never sends Enter.
const MAX_CODE_LENGTH = 4096;

export function createKeyboardReportParser(): KeyboardReportParser {
  let held = new Set<number>();
  let typed = '';

  function push(raw: Uint8Array): string[] {
    const report = stripReportId(raw);
    if (report === null) return [];
    const modifiers = report[0] ?? 0;
    const keys = [...report.subarray(2)].filter((usage) => usage !== 0);
    if (keys.includes(USAGE_ERROR_ROLLOVER)) return [];

    const codes: string[] = [];
    for (const usage of keys) {
      if (held.has(usage)) continue;
      if (usage === USAGE_ENTER || usage === USAGE_KEYPAD_ENTER) {
        if (typed !== '') codes.push(typed);
        typed = '';
        continue;
      }
      // Ctrl/Alt/GUI chords are not characters of a code (some readers send Ctrl+J etc. as
      // control-character prefixes); skip them rather than type a wrong letter.
      if ((modifiers & CTRL_ALT_GUI_MASK) !== 0) continue;
      const char = keyboardUsageToChar(usage, (modifiers & SHIFT_MASK) !== 0);
      if (char !== undefined && typed.length < MAX_CODE_LENGTH) typed += char;
    }
    held = new Set(keys);
    return codes;
  }

  return { push };
}

// Devices that combine the keyboard with other functions prefix each report with a report ID
// (hidapi returns it as byte 0); plain boot keyboards send exactly 8 bytes.
function stripReportId(report: Uint8Array): Uint8Array | null {
  if (report.length === BOOT_REPORT_LENGTH) return report;
  if (report.length === BOOT_REPORT_LENGTH + 1) return report.subarray(1);
  return null;
}
