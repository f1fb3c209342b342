import { describe, expect, it } from 'vitest';
import type { Prefs } from './journey.js';
import { loadVisit, persistVisit } from './visitStorage.js';

/** A Storage with the Web Storage semantics the kiosk relies on. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const DEFAULTS: Prefs = { lang: 'id', largeText: false, highContrast: false, speech: true };

describe('visit storage', () => {
  it('keeps a visit with a session or changed preferences, and round-trips it', () => {
    const storage = new MemoryStorage();
    const visit = {
      prefs: { ...DEFAULTS, lang: 'en' as const },
      sessionId: null,
      consentGiven: false,
      documentsSeen: false,
    };
    persistVisit(visit, DEFAULTS, storage);
    expect(loadVisit(storage)).toEqual(visit);
    const withSession = { prefs: DEFAULTS, sessionId: 's1', consentGiven: true, documentsSeen: false };
    persistVisit(withSession, DEFAULTS, storage);
    expect(loadVisit(storage)).toEqual(withSession);
  });

  it('leaves nothing behind for a blank visit (after the privacy wipe)', () => {
    const storage = new MemoryStorage();
    persistVisit(
      { prefs: { ...DEFAULTS, largeText: true }, sessionId: 's1', consentGiven: true, documentsSeen: true },
      DEFAULTS,
      storage,
    );
    persistVisit(
      { prefs: DEFAULTS, sessionId: null, consentGiven: false, documentsSeen: false },
      DEFAULTS,
      storage,
    );
    expect(storage.length).toBe(0);
  });

  it('ignores a damaged or foreign entry', () => {
    const storage = new MemoryStorage();
    storage.setItem('bilik.visit', '{not json');
    expect(loadVisit(storage)).toBeNull();
    storage.setItem('bilik.visit', JSON.stringify({ prefs: { lang: 'fr' }, sessionId: 1 }));
    expect(loadVisit(storage)).toBeNull();
  });
});
