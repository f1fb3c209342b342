import { RequestError } from '@bilik/shared/client';
import { describe, expect, it } from 'vitest';
import { LoginError } from '../auth/officerSession.js';
import { uiEn } from './ui.en.js';
import { uiId, type UiKey } from './ui.id.js';
import { claimLabel, documentLabel, errorText, reasonLabel, ui, UiError } from './translate.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('station dictionaries', () => {
  it('fill the same placeholders in both languages, and leave no text empty', () => {
    for (const key of Object.keys(uiId) as UiKey[]) {
      expect(placeholders(uiEn[key]), key).toEqual(placeholders(uiId[key]));
      expect(uiId[key].trim(), key).not.toBe('');
      expect(uiEn[key].trim(), key).not.toBe('');
    }
  });

  it('fills placeholders, grouping numbers the local way', () => {
    expect(ui('id', 'bar.queue', { count: 12 })).toBe('Antrean: 12');
    expect(ui('en', 'handoff.option', { officer: 'Budi', occupied: 1, slots: 4 })).toBe(
      'Budi (1 of 4 taken)',
    );
    expect(ui('id', 'docs.progress', { verified: 1000, total: 2000 })).toBe(
      '1.000 dari 2.000 dokumen sudah diverifikasi',
    );
    expect(ui('en', 'bar.queue')).toBe('Queue: {count}');
  });
});

describe('errorText', () => {
  it('translates server error codes through the shared dictionary', () => {
    expect(errorText('id', new RequestError('NO_FREE_SLOT', 'desk is full'))).toBe(
      'Tidak ada tempat kosong di meja petugas.',
    );
    expect(errorText('en', new RequestError('TIMEOUT', 'no answer'))).toBe(
      'The branch server did not answer. Check the network and try again.',
    );
    expect(errorText('id', new LoginError('LOCKED_OUT', 'x'))).toContain('Akun dikunci');
    expect(errorText('en', new LoginError('INVALID_CREDENTIALS', 'x'))).toBe('Wrong username or password.');
  });

  it('words station-side failures and never shows raw messages', () => {
    expect(errorText('en', new LoginError('NETWORK', 'Failed to fetch'))).toBe(uiEn['error.network']);
    expect(errorText('id', new UiError('capture.noFrame'))).toBe(uiId['capture.noFrame']);
    expect(errorText('en', new Error('TypeError: x is undefined'))).toBe(uiEn['error.unexpected']);
  });
});

describe('domain labels', () => {
  it('come from the shared dictionary, with the raw value for anything unknown', () => {
    expect(claimLabel('en', 'JHT')).toBe('Old-Age Savings (JHT)');
    expect(reasonLabel('id', 'JHT', 'layoff')).toBe('Terkena PHK');
    expect(documentLabel('id', 'ektp')).toBe('e-KTP asli');
    expect(documentLabel('en', 'faceStill')).toBe('faceStill');
    expect(claimLabel('id', 'XYZ')).toBe('XYZ');
  });
});
