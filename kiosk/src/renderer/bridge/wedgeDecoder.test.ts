import { describe, expect, it } from 'vitest';
import { createWedgeDecoder } from './wedgeDecoder.js';

type Keys = Array<[key: string, timeMs: number]>;

function typeKeys(keys: Keys, decoder = createWedgeDecoder()): string[] {
  return keys.map(([key, time]) => decoder.key(key, time)).filter((code): code is string => code !== null);
}

// Keys of `text` then Enter, `gapMs` apart, starting at `start`; capitals preceded by Shift.
function burst(text: string, gapMs: number, start = 1000): Keys {
  const keys: Keys = [];
  let time = start;
  for (const char of text) {
    if (char !== char.toLowerCase()) keys.push(['Shift', time]);
    keys.push([char, time]);
    time += gapMs;
  }
  keys.push(['Enter', time]);
  return keys;
}

describe('createWedgeDecoder', () => {
  it('reads a code typed by a reader (keys ~8 ms apart, Shift for capitals)', () => {
    expect(typeKeys(burst('BLK-2026-000123', 8))).toEqual(['BLK-2026-000123']);
  });

  it('ignores a person typing the same code and pressing Enter', () => {
    expect(typeKeys(burst('BLK-2026-000123', 140))).toEqual([]);
  });

  it('ignores a quick human burst shorter than four characters', () => {
    expect(typeKeys(burst('ok', 30))).toEqual([]);
  });

  it('drops human keys typed just before a scan and reads the scan alone', () => {
    expect(typeKeys([...burst('abc', 200, 0).slice(0, 3), ...burst('KPJ12345678', 10, 2000)])).toEqual([
      'KPJ12345678',
    ]);
  });

  it('requires the Enter itself to follow the burst quickly', () => {
    const keys = burst('12345678', 10);
    const enter = keys.at(-1)!;
    enter[1] += 500;
    expect(typeKeys(keys)).toEqual([]);
  });

  it('reads two scans in a row and forgets a partial one on reset', () => {
    const decoder = createWedgeDecoder();
    expect(typeKeys(burst('CODE-ONE', 5, 0), decoder)).toEqual(['CODE-ONE']);
    typeKeys(burst('PARTIAL', 5, 1000).slice(0, -1), decoder);
    decoder.reset();
    expect(decoder.key('Enter', 1036)).toBeNull();
    expect(typeKeys(burst('CODE-TWO', 5, 3000), decoder)).toEqual(['CODE-TWO']);
  });
});
