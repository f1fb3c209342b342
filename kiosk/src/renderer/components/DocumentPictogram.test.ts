import { DOCUMENT_KINDS } from '@bilik/shared';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_PICTURES } from './DocumentPictogram.js';

describe('DOCUMENT_PICTURES', () => {
  it('has a picture for every document kind of the claim rules', () => {
    expect(Object.keys(DOCUMENT_PICTURES).sort()).toEqual([...DOCUMENT_KINDS].sort());
  });

  it('never draws two kinds alike', () => {
    const looks = Object.values(DOCUMENT_PICTURES).map((p) => `${p.shape}/${p.mark}/${p.tag ?? ''}`);
    const twins = looks.filter((look, i) => looks.indexOf(look) !== i);
    expect(twins).toEqual([]);
  });
});
