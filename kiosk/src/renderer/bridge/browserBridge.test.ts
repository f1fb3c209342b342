import { describe, expect, it } from 'vitest';
import { configFromLocation } from './browserBridge.js';

describe('configFromLocation', () => {
  it('reads booth, server, language and the two idle timeouts from the query', () => {
    expect(
      configFromLocation({
        origin: 'http://localhost:5173',
        search: '?booth=B04&server=http://10.20.0.5:8080/&lang=en&idle=30&presence=45',
      }),
    ).toEqual({
      serverUrl: 'http://10.20.0.5:8080',
      boothId: 'B04',
      lang: 'en',
      idleTimeoutSeconds: 30,
      presenceTimeoutSeconds: 45,
      flatbedScanner: false,
    });
  });

  it('defaults to the page origin, Indonesian, 90 s / 5 min and a dev booth', () => {
    expect(configFromLocation({ origin: 'http://10.20.0.5:8080', search: '?idle=abc&lang=fr' })).toEqual({
      serverUrl: 'http://10.20.0.5:8080',
      boothId: 'dev',
      lang: 'id',
      idleTimeoutSeconds: 90,
      presenceTimeoutSeconds: 300,
      flatbedScanner: false,
    });
  });
});
