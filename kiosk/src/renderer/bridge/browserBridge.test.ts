import { describe, expect, it } from 'vitest';
import { configFromLocation } from './browserBridge.js';

describe('configFromLocation', () => {
  it('reads booth, server, language and idle timeout from the query', () => {
    expect(
      configFromLocation({
        origin: 'http://localhost:5173',
        search: '?booth=B04&server=http://10.20.0.5:8080/&lang=en&idle=30',
      }),
    ).toEqual({
      serverUrl: 'http://10.20.0.5:8080',
      boothId: 'B04',
      lang: 'en',
      idleTimeoutSeconds: 30,
      flatbedScanner: false,
    });
  });

  it('defaults to the page origin, Indonesian, 90 s and a dev booth', () => {
    expect(configFromLocation({ origin: 'http://10.20.0.5:8080', search: '?idle=abc&lang=fr' })).toEqual({
      serverUrl: 'http://10.20.0.5:8080',
      boothId: 'dev',
      lang: 'id',
      idleTimeoutSeconds: 90,
      flatbedScanner: false,
    });
  });
});
