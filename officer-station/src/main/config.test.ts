import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOfficerConfig, officerUiUrl, parseOfficerConfig } from './config.js';

const FILE = '/etc/bilik/officer.json';

describe('parseOfficerConfig', () => {
  it('fills defaults for a minimal file', () => {
    const config = parseOfficerConfig({ serverUrl: 'http://10.20.0.5:8080/' }, FILE);
    expect(config).toEqual({
      serverUrl: 'http://10.20.0.5:8080',
      lang: 'id',
      slaAmberSeconds: 120,
      slaRedSeconds: 300,
    });
    expect(officerUiUrl(config)).toBe('http://10.20.0.5:8080/officer/');
  });

  it('reads every field', () => {
    expect(
      parseOfficerConfig(
        { serverUrl: 'https://cabang.local/bilik', lang: 'en', slaAmberSeconds: 60, slaRedSeconds: 180 },
        FILE,
      ),
    ).toEqual({
      serverUrl: 'https://cabang.local/bilik',
      lang: 'en',
      slaAmberSeconds: 60,
      slaRedSeconds: 180,
    });
  });

  it.each([
    ['x', /"\(root\)" must be a JSON object/],
    [{}, /"serverUrl" is required/],
    [{ serverUrl: 'file:///srv' }, /"serverUrl" must be an http/],
    [{ serverUrl: 'http://x/#a' }, /"serverUrl" must not contain/],
    [{ serverUrl: 'http://x', lang: 'su' }, /"lang" must be "id" or "en"/],
    [{ serverUrl: 'http://x', slaAmberSeconds: 1.5 }, /"slaAmberSeconds" must be a whole number/],
    [{ serverUrl: 'http://x', slaRedSeconds: 0 }, /"slaRedSeconds" must be a whole number/],
    [
      { serverUrl: 'http://x', slaAmberSeconds: 400 },
      /"slaRedSeconds" must be greater than slaAmberSeconds \(400\)/,
    ],
    [{ serverUrl: 'http://x', slaRed: 10 }, /"slaRed" is not a known field/],
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
    writeFileSync(file, JSON.stringify({ serverUrl: 'http://10.20.0.5:8080' }));
    expect(loadOfficerConfig({ BILIK_OFFICER_CONFIG: file }, dir).config.serverUrl).toBe(
      'http://10.20.0.5:8080',
    );
    expect(() => loadOfficerConfig({ BILIK_OFFICER_CONFIG: join(dir!, 'gone.json') }, dir!)).toThrow(
      /No officer config found\. Looked for .*gone\.json \(set by BILIK_OFFICER_CONFIG\)/,
    );
  });
});
