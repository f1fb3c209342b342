import { describe, expect, it } from 'vitest';
import { enrollCodeFromScan } from './enrollCode.js';

describe('enrollCodeFromScan', () => {
  it("reads the code from the console's enroll link or a bare code", () => {
    expect(enrollCodeFromScan('https://bilik-srv:8443/kiosk/?enroll=ABCD-EF23')).toBe('ABCD-EF23');
    expect(enrollCodeFromScan(' abcd-ef23 ')).toBe('ABCD-EF23');
  });

  it('ignores anything else (a booking QR scanned on the wrong screen)', () => {
    expect(enrollCodeFromScan('BLK-2026-000123')).toBeNull();
    expect(enrollCodeFromScan('https://bilik-srv:8443/kiosk/?enroll=x')).toBeNull();
    expect(enrollCodeFromScan('not a url')).toBeNull();
  });
});
