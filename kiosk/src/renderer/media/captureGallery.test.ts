import { describe, expect, it } from 'vitest';
import { CaptureGallery } from './captureGallery.js';

describe('CaptureGallery', () => {
  it('keeps one photo per document, revoking a replaced one, and revokes all on clear', () => {
    const revoked: string[] = [];
    let n = 0;
    const gallery = new CaptureGallery(
      () => `blob:${++n}`,
      (url) => revoked.push(url),
    );
    const changes: number[] = [];
    gallery.subscribe(() => changes.push(gallery.snapshot().size));

    gallery.keep('ektp', new Blob(['a']));
    gallery.keep('kpjCard', new Blob(['b']));
    const before = gallery.snapshot();
    gallery.keep('ektp', new Blob(['c']));
    expect(revoked).toEqual(['blob:1']);
    expect(before).not.toBe(gallery.snapshot());
    expect([...gallery.snapshot()]).toEqual([
      ['ektp', 'blob:3'],
      ['kpjCard', 'blob:2'],
    ]);

    gallery.clear();
    expect(revoked.sort()).toEqual(['blob:1', 'blob:2', 'blob:3']);
    expect(gallery.snapshot().size).toBe(0);
    expect(changes).toEqual([1, 2, 2, 0]);
  });

  it('makes real object URLs by default', () => {
    const gallery = new CaptureGallery();
    expect(gallery.keep('ektp', new Blob(['x'], { type: 'image/jpeg' }))).toMatch(/^blob:/);
    gallery.clear();
  });
});
