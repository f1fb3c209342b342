import { describe, expect, it } from 'vitest';
import { describeScanimageFailure } from './sane.js';

describe('describeScanimageFailure', () => {
  it('tells apart missing software, missing device, timeout and other failures', () => {
    expect(describeScanimageFailure({ code: 'ENOENT', message: 'spawn scanimage ENOENT' }, '')).toMatch(
      /not installed/,
    );
    expect(describeScanimageFailure({ killed: true, signal: 'SIGTERM', message: 'x' }, '')).toBe(
      'flatbed scanner timed out',
    );
    expect(
      describeScanimageFailure({ code: 1, message: 'Command failed' }, 'scanimage: no SANE devices found\n'),
    ).toBe('no flatbed scanner found (no SANE devices found)');
    expect(
      describeScanimageFailure(
        { code: 1, message: 'Command failed' },
        'scanimage: open of device genesys:libusb:001:005 failed: Invalid argument\n',
      ),
    ).toMatch(/^no flatbed scanner found \(open of device genesys/);
    expect(
      describeScanimageFailure(
        { code: 1, message: 'Command failed' },
        'scanimage: sane_start: Document feeder jammed\n',
      ),
    ).toBe('flatbed scan failed: sane_start: Document feeder jammed');
  });
});
