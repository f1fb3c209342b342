import { nikMatchesParticipant, parseNik, validateKpj } from '@bilik/shared';
import { describe, expect, it } from 'vitest';
import { DEMO_CASES, DEMO_PARTICIPANTS } from './seedDemo.js';

describe('demo participants', () => {
  const all = [...DEMO_PARTICIPANTS, ...DEMO_CASES];

  it('carry valid NIKs that agree with their birth date and sex, and valid KPJs', () => {
    for (const p of all) {
      expect(parseNik(p.nik).ok, p.name).toBe(true);
      expect(nikMatchesParticipant(p.nik, p), p.name).toEqual({ birthDateMatches: true, sexMatches: true });
      expect(validateKpj(p.kpj), p.name).toEqual({ ok: true, value: p.kpj });
    }
  });

  it('have unique NIKs, KPJs and booking codes', () => {
    for (const key of ['nik', 'kpj', 'booking'] as const) {
      expect(new Set(all.map((p) => p[key])).size, key).toBe(all.length);
    }
  });
});
