import { describe, expect, it } from 'vitest';
import { certificateProblemPage } from './certificateProblem.js';

describe('the page branch IT sees when the server certificate is refused', () => {
  it('shows both fingerprints and the reason, escaped', () => {
    const url = certificateProblemPage({
      serverUrl: 'https://bilik-srv:8443',
      reason: 'the certificate is not for <script>',
      expectedCa: 'AA:BB',
      presentedCa: null,
    });
    expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    const html = decodeURIComponent(url.slice('data:text/html;charset=utf-8,'.length));
    expect(html).toContain('<code>AA:BB</code>');
    expect(html).toContain('tidak ada / none');
    expect(html).toContain('the certificate is not for &#60;script&#62;');
    expect(html).not.toContain('<script>');
  });
});
