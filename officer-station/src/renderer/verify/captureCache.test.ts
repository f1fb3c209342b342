import { describe, expect, it } from 'vitest';
import { CaptureCache, type CaptureBytes } from './captureCache.js';

const jpeg = (): CaptureBytes => ({
  mimeType: 'image/jpeg',
  data: new Uint8Array([0xff, 0xd8, 0xff]).buffer,
});

describe('CaptureCache', () => {
  it('fetches each capture once and serves it as a blob URL of its type', async () => {
    const asked: string[] = [];
    const cache = new CaptureCache((id) => {
      asked.push(id);
      return Promise.resolve(jpeg());
    });
    const [a, b] = await Promise.all([cache.url('c1'), cache.url('c1')]);
    expect(a).toBe(b);
    expect(a).toMatch(/^blob:/);
    expect(asked).toEqual(['c1']);
    const blob = await (await fetch(a)).blob();
    expect(blob.type).toBe('image/jpeg');
    expect(blob.size).toBe(3);
  });

  it('tries a failed fetch again', async () => {
    let calls = 0;
    const cache = new CaptureCache(() =>
      ++calls === 1 ? Promise.reject(new Error('blip')) : Promise.resolve(jpeg()),
    );
    await expect(cache.url('c1')).rejects.toThrow('blip');
    await expect(cache.url('c1')).resolves.toMatch(/^blob:/);
    expect(calls).toBe(2);
  });

  it('serves a just-uploaded image without fetching, and revokes every URL on clear', async () => {
    const cache = new CaptureCache(() => Promise.reject(new Error('should not fetch')));
    cache.put('mine', new Blob([new Uint8Array([1, 2])], { type: 'image/jpeg' }));
    const url = await cache.url('mine');
    expect((await (await fetch(url)).blob()).size).toBe(2);
    cache.clear();
    await expect(fetch(url)).rejects.toThrow();
  });
});
