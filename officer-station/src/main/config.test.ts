import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOfficerConfig, officerUiUrl, parseOfficerConfig } from './config.js';

const FILE = '/etc/bilik/officer.json';
const CA = '3A:1F:00:6C:9B:22:47:D1:0E:85:F4:71:2B:C3:9D:6A:5E:10:88:E2:7F:34:B9:C6:01:DD:42:97:AE:5B:63:F0';
const server = { serverUrl: 'https://10.20.0.5:8443/', caFingerprint: CA };

describe('parseOfficerConfig', () => {
  it('fills defaults for a minimal file', () => {
    const config = parseOfficerConfig(server, FILE);
    expect(config).toEqual({
      serverUrl: 'https://10.20.0.5:8443',
      caFingerprint: CA,
      lang: 'id',
      slaAmberSeconds: 120,
      slaRedSeconds: 300,
    });
    expect(officerUiUrl(config)).toBe('https://10.20.0.5:8443/officer/');
  });

  it('reads every field', () => {
    expect(
      parseOfficerConfig(
        {
          serverUrl: 'https://cabang.local/bilik',
          caFingerprint: CA,
          lang: 'en',
          slaAmberSeconds: 60,
          slaRedSeconds: 180,
        },
        FILE,
      ),
    ).toEqual({
      serverUrl: 'https://cabang.local/bilik',
      caFingerprint: CA,
      lang: 'en',
      slaAmberSeconds: 60,
      slaRedSeconds: 180,
    });
  });

  it.each([
    ['x', /"\(root\)" must be a JSON object/],
    [{}, /"serverUrl" is required/],
    [{ serverUrl: 'file:///srv' }, /"serverUrl" must be an https/],
    [{ ...server, serverUrl: 'http://x' }, /"serverUrl" must be https/],
    [{ ...server, serverUrl: 'https://x/#a' }, /"serverUrl" must not contain/],
    [{ serverUrl: 'https://x' }, /"caFingerprint" is required/],
    [{ ...server, lang: 'su' }, /"lang" must be "id" or "en"/],
    [{ ...server, slaAmberSeconds: 1.5 }, /"slaAmberSeconds" must be a whole number/],
    [{ ...server, slaRedSeconds: 0 }, /"slaRedSeconds" must be a whole number/],
    [{ ...server, slaAmberSeconds: 400 }, /"slaRedSeconds" must be greater than slaAmberSeconds \(400\)/],
    [{ ...server, slaRed: 10 }, /"slaRed" is not a known field/],
  ])('rejects %j naming the file and the field', (json, message) => {
    expect(() => parseOfficerConfig(json, FILE)).toThrow(message);
    expect(() => parseOfficerConfig(json, FILE)).toThrow(FILE);
  });
});

describe('loadOfficerConfig', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('reads the file named by BILIK_OFFICER_CONFIG and reports a missing one', () => {
    dir = mkdtempSync(join(tmpdir(), 'bilik-officer-'));
    const file = join(dir, 'officer.json');
    writeFileSync(file, JSON.stringify(server));
    expect(loadOfficerConfig({ BILIK_OFFICER_CONFIG: file }, dir).config.serverUrl).toBe(
      'https://10.20.0.5:8443',
    );
    expect(() => loadOfficerConfig({ BILIK_OFFICER_CONFIG: join(dir!, 'gone.json') }, dir!)).toThrow(
      /No officer config found\. Looked for .*gone\.json \(set by BILIK_OFFICER_CONFIG\)/,
    );
  });
});
