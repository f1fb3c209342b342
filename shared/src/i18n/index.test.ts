import { describe, expect, it } from 'vitest';
import {
  CLAIM_REASONS,
  CLAIM_TYPES,
  DOCUMENT_KINDS,
  DOCUMENT_NOTES,
  KPJ_ERROR_CODES,
  KPJ_WARNING_CODES,
  NIK_ERROR_CODES,
  NPWP_ERROR_CODES,
  PRECHECK_MESSAGE_KEYS,
} from '../domain/index.js';
import { LANGS, MESSAGES, isMessageKey, t } from './index.js';

describe('dictionaries', () => {
  it('have exactly the same keys in every language', () => {
    const idKeys = Object.keys(MESSAGES.id).sort();
    for (const lang of LANGS) expect(Object.keys(MESSAGES[lang]).sort()).toEqual(idKeys);
  });

  it('have no empty message and the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(MESSAGES.id)) {
      for (const lang of LANGS) {
        const translated = MESSAGES[lang][key as keyof typeof MESSAGES.id];
        expect(translated.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(translated), `${lang} ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('have a message for every code and label the domain produces', () => {
    const keys = [
      ...NIK_ERROR_CODES,
      ...KPJ_ERROR_CODES,
      ...KPJ_WARNING_CODES,
      ...NPWP_ERROR_CODES,
      ...PRECHECK_MESSAGE_KEYS,
      ...DOCUMENT_NOTES,
      ...CLAIM_TYPES.map((type) => `claim.${type}`),
      ...CLAIM_TYPES.flatMap((type) => CLAIM_REASONS[type].map((reason) => `reason.${type}.${reason}`)),
      ...DOCUMENT_KINDS.map((kind) => `doc.${kind}`),
    ];
    expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
  });
});

describe('t', () => {
  it('speaks Indonesian and English', () => {
    expect(t('id', 'doc.ektp')).toBe('e-KTP asli');
    expect(t('en', 'doc.ektp')).toBe('Original e-KTP');
    expect(t('id', 'claim.JHT')).toBe('Jaminan Hari Tua (JHT)');
  });

  it('fills placeholders and groups numbers the local way', () => {
    expect(t('id', 'nik.length', { count: 15 })).toBe('NIK harus 16 angka. Anda mengisi 15 angka.');
    expect(t('id', 'precheck.jhtTax.final', { tax: 2_500_000, amount: 100_000_000, net: 97_500_000 })).toBe(
      'Pajak final JHT Rp2.500.000 (PP 68/2009). Dari Rp100.000.000, diterima Rp97.500.000.',
    );
    expect(t('en', 'precheck.jhtTax.final', { tax: 2_500_000, amount: 100_000_000, net: 97_500_000 })).toBe(
      'Final JHT tax Rp2,500,000 (PP 68/2009). Of Rp100,000,000, paid out: Rp97,500,000.',
    );
    expect(
      t('id', 'precheck.accountHolder.partial', { accountHolder: 'SITI N', participantName: 'Siti' }),
    ).toContain('(SITI N)');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(t('en', 'nik.length')).toBe('The NIK has 16 digits. You entered {count}.');
    expect(t('en', 'nik.length', {})).toBe('The NIK has 16 digits. You entered {count}.');
  });

  it('words the pre-checks for the CSO, about the participant, never to them', () => {
    for (const key of PRECHECK_MESSAGE_KEYS) {
      expect(t('id', key), key).not.toMatch(/\bAnda\b/);
      expect(t('en', key), key).not.toMatch(/\b(you|your)\b/i);
    }
  });

  it('recognises only real keys', () => {
    expect(isMessageKey('nik.empty')).toBe(true);
    expect(isMessageKey('nik.unknown')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});
