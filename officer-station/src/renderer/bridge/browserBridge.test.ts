import { describe, expect, it } from 'vitest';
import { configFromLocation } from './browserBridge.js';

describe('configFromLocation', () => {
  it('reads server, language and SLA thresholds from the query', () => {
    expect(
      configFromLocation({
        origin: 'http://localhost:5174',
        search: '?server=http://10.20.0.5:8080/&lang=en&amber=60&red=180',
      }),
    ).toEqual({
      serverUrl: 'http://10.20.0.5:8080',
      lang: 'en',
      slaAmberSeconds: 60,
      slaRedSeconds: 180,
    });
  });

  it('defaults to the page origin, Indonesian, 120 s amber and 300 s red', () => {
    expect(configFromLocation({ origin: 'http://10.20.0.5:8080', search: '?amber=-5&red=x' })).toEqual({
      serverUrl: 'http://10.20.0.5:8080',
      lang: 'id',
      slaAmberSeconds: 120,
      slaRedSeconds: 300,
    });
  });

  it('keeps red after amber', () => {
    expect(configFromLocation({ origin: 'http://x', search: '?amber=400' }).slaRedSeconds).toBe(401);
  });
});
