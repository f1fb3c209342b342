import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@bilik/shared';
import { RequestError } from '@bilik/shared/client';
import { kioskEn } from './kioskMessages.en.js';
import { kioskId } from './kioskMessages.id.js';
import { claimLabel, documentLabel, errorText, reasonLabel, tx } from './text.js';

describe('kiosk dictionaries', () => {
  it('have the same placeholders in both languages and no empty text', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(kioskId)) {
      const en = kioskEn[key as keyof typeof kioskEn];
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(text));
    }
  });
});

describe('tx', () => {
  it('reads kiosk texts and shared domain texts, filling numbers the local way', () => {
    expect(tx('id', 'waiting.eta', { minutes: 1500 })).toBe('Perkiraan waktu tunggu: sekitar 1.500 menit.');
    expect(tx('en', 'waiting.eta', { minutes: 1500 })).toBe('Expected wait: about 1,500 minutes.');
    expect(tx('id', 'doc.ektp')).toBe('e-KTP asli');
    expect(tx('en', 'nik.length', { count: 8 })).toBe('The NIK has 16 digits. You entered 8.');
  });

  it('labels data-driven keys, showing an unknown one as given', () => {
    expect(claimLabel('id', 'JHT')).toBe('Jaminan Hari Tua (JHT)');
    expect(reasonLabel('en', 'JHT', 'layoff')).toBe('I was laid off (PHK)');
    expect(documentLabel('id', 'kpjCard')).toBe('Kartu peserta BPJS Ketenagakerjaan (KPJ) asli');
    expect(documentLabel('id', 'suratLain')).toBe('suratLain');
  });
});

describe('errorText', () => {
  it('translates every error code the server can send, and client time-outs', () => {
    for (const code of [...ERROR_CODES, 'TIMEOUT'] as const) {
      const text = errorText('id', new RequestError(code, 'server text in English'));
      expect(text, code).not.toContain('server text');
      expect(text, code).toBe(tx('id', `error.${code}`));
    }
  });

  it("uses the identifier's own message for a BAD_REQUEST about a NIK or KPJ", () => {
    expect(errorText('id', new RequestError('BAD_REQUEST', 'nik.date'))).toBe(tx('id', 'nik.date'));
    expect(errorText('en', new RequestError('BAD_REQUEST', 'kpj.length'), { params: { count: 5 } })).toBe(
      'The KPJ number has 11 digits (8 to 10 on old cards). You entered 5.',
    );
    expect(errorText('id', new RequestError('BAD_REQUEST', 'claimType: invalid'))).toBe(
      tx('id', 'error.BAD_REQUEST'),
    );
  });

  it('lets a screen say something more specific, and never shows a stack trace', () => {
    const notFound = new RequestError('NOT_FOUND', 'booking code not found or already used');
    expect(errorText('id', notFound, { overrides: { NOT_FOUND: 'checkIn.bookingNotFound' } })).toBe(
      tx('id', 'checkIn.bookingNotFound'),
    );
    expect(errorText('en', new TypeError('x is undefined'))).toBe(tx('en', 'error.INTERNAL'));
  });
});
