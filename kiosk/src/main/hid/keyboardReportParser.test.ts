import { describe, expect, it } from 'vitest';
import { createKeyboardReportParser } from './keyboardReportParser.js';

// One 8-byte boot keyboard report per line, as hidapi returns them; "#" starts a comment.
function reports(hex: string): Uint8Array[] {
  return hex
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '')
    .map((line) => Uint8Array.from(line.split(/\s+/), (byte) => Number.parseInt(byte, 16)));
}

function feed(hex: string): string[] {
  const parser = createKeyboardReportParser();
  return reports(hex).flatMap((report) => parser.push(report));
}

// Booking code BLK-2026-000123 from a keyboard-wedge reader: shift is pressed on its own report
// before the capitals, every key press is followed by a release report, Enter ends the code.
const BOOKING_CODE = `
02 00 00 00 00 00 00 00  # shift down
02 00 05 00 00 00 00 00  # B
02 00 00 00 00 00 00 00
02 00 0f 00 00 00 00 00  # L
02 00 00 00 00 00 00 00
02 00 0e 00 00 00 00 00  # K
02 00 00 00 00 00 00 00
00 00 00 00 00 00 00 00  # shift up
00 00 2d 00 00 00 00 00  # -
00 00 00 00 00 00 00 00
00 00 1f 00 00 00 00 00  # 2
00 00 00 00 00 00 00 00
00 00 27 00 00 00 00 00  # 0
00 00 00 00 00 00 00 00
00 00 1f 00 00 00 00 00  # 2
00 00 00 00 00 00 00 00
00 00 23 00 00 00 00 00  # 6
00 00 00 00 00 00 00 00
00 00 2d 00 00 00 00 00  # -
00 00 00 00 00 00 00 00
00 00 27 00 00 00 00 00  # 0
00 00 00 00 00 00 00 00
00 00 27 00 00 00 00 00  # 0
00 00 00 00 00 00 00 00
00 00 27 00 00 00 00 00  # 0
00 00 00 00 00 00 00 00
00 00 1e 00 00 00 00 00  # 1
00 00 00 00 00 00 00 00
00 00 1f 00 00 00 00 00  # 2
00 00 00 00 00 00 00 00
00 00 20 00 00 00 00 00  # 3
00 00 00 00 00 00 00 00
00 00 28 00 00 00 00 00  # Enter
00 00 00 00 00 00 00 00
`;

describe('createKeyboardReportParser', () => {
  it('decodes a booking code typed by a keyboard-wedge reader', () => {
    expect(feed(BOOKING_CODE)).toEqual(['BLK-2026-000123']);
  });

  it('types a doubled letter when a release report separates the presses', () => {
    expect(
      feed(`
        02 00 04 00 00 00 00 00  # A
        00 00 00 00 00 00 00 00
        02 00 04 00 00 00 00 00  # A
        00 00 00 00 00 00 00 00
        00 00 28 00 00 00 00 00  # Enter
      `),
    ).toEqual(['AA']);
  });

  it('ignores key-repeat duplicates of a held key', () => {
    expect(
      feed(`
        00 00 04 00 00 00 00 00  # a
        00 00 04 00 00 00 00 00  # a still held (repeat)
        00 00 04 00 00 00 00 00
        00 00 04 05 00 00 00 00  # b pressed while a held (rollover)
        00 00 00 00 00 00 00 00
        00 00 28 00 00 00 00 00  # Enter
        00 00 28 00 00 00 00 00  # Enter repeat: no second, empty code
      `),
    ).toEqual(['ab']);
  });

  it('maps shifted digits, punctuation and right shift', () => {
    expect(
      feed(`
        20 00 1f 00 00 00 00 00  # right shift + 2 = @
        00 00 00 00 00 00 00 00
        00 00 38 00 00 00 00 00  # /
        00 00 00 00 00 00 00 00
        02 00 33 00 00 00 00 00  # :
        00 00 00 00 00 00 00 00
        00 00 2c 00 00 00 00 00  # space
        00 00 00 00 00 00 00 00
        02 00 2d 00 00 00 00 00  # _
        00 00 00 00 00 00 00 00
        00 00 2e 00 00 00 00 00  # =
        00 00 00 00 00 00 00 00
        00 00 58 00 00 00 00 00  # keypad Enter
      `),
    ).toEqual(['@/: _=']);
  });

  it('emits consecutive codes and accepts reports prefixed with a report ID', () => {
    expect(
      feed(`
        01 00 00 1e 00 00 00 00 00  # report id 1, key 1
        01 00 00 00 00 00 00 00 00
        01 00 00 28 00 00 00 00 00  # Enter
        01 00 00 00 00 00 00 00 00
        01 00 00 1f 00 00 00 00 00  # 2
        01 00 00 28 00 00 00 00 00  # Enter
      `),
    ).toEqual(['1', '2']);
  });

  it('drops rollover-error reports and ctrl chords', () => {
    expect(
      feed(`
        00 00 01 01 01 01 01 01  # ErrorRollOver
        01 00 0d 00 00 00 00 00  # ctrl+j is not a character
        00 00 00 00 00 00 00 00
        00 00 07 00 00 00 00 00  # d
        00 00 28 00 00 00 00 00  # Enter (d released in the same report)
      `),
    ).toEqual(['d']);
  });
});
