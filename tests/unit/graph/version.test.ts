import { describe, expect, it } from 'vitest';
import { VersionedCache } from '../../../graph/version.js';

describe('VersionedCache', () => {
  it('computes once per key and version, and anew for a newer version', async () => {
    const cache = new VersionedCache<number>();
    let computed = 0;
    const compute = async () => ++computed;
    expect(await Promise.all([cache.get(1, 'k', compute), cache.get(1, 'k', compute)])).toEqual([1, 1]);
    expect(await cache.get(1, 'k', compute)).toBe(1);
    expect(await cache.get(2, 'k', compute)).toBe(2);
    expect(await cache.get(2, 'k', compute)).toBe(2);
  });

  it('lets a late request of an older version compute without evicting the newer entries', async () => {
    const cache = new VersionedCache<string>();
    await cache.get(5, 'k', async () => 'new');
    expect(await cache.get(4, 'k', async () => 'old')).toBe('old');
    expect(await cache.get(5, 'k', async () => 'again')).toBe('new');
  });

  it('keeps neither a refused value nor a failure', async () => {
    const cache = new VersionedCache<string[]>();
    expect(
      await cache.get(
        1,
        'unknown',
        async () => [],
        (v) => v.length > 0,
      ),
    ).toEqual([]);
    expect(
      await cache.get(
        1,
        'unknown',
        async () => ['found'],
        (v) => v.length > 0,
      ),
    ).toEqual(['found']);
    await expect(cache.get(1, 'broken', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get(1, 'broken', async () => ['up'])).toEqual(['up']);
  });

  it('keeps each key at its own version: a newer version of one key leaves the others', async () => {
    const cache = new VersionedCache<string>();
    await cache.get(3, 'a', async () => 'a@3');
    await cache.get(5, 'b', async () => 'b@5');
    expect(await cache.get(7, 'b', async () => 'b@7')).toBe('b@7');
    expect(await cache.get(3, 'a', async () => 'recomputed')).toBe('a@3');
    expect(cache.versionOf('a')).toBe(3);
    expect(cache.versionOf('b')).toBe(7);
    expect(cache.stats()).toEqual({ hits: 1, misses: 3, entries: 2 });
  });

  it('drops the least recently used entry first', async () => {
    const cache = new VersionedCache<string>(2);
    await cache.get(1, 'a', async () => 'a');
    await cache.get(1, 'b', async () => 'b');
    await cache.get(1, 'a', async () => 'again');
    await cache.get(1, 'c', async () => 'c');
    expect(cache.versionOf('a')).toBe(1);
    expect(cache.versionOf('b')).toBeUndefined();
  });

  it('holds at most its limit of entries', async () => {
    const cache = new VersionedCache<number>(2);
    let computed = 0;
    for (const key of ['a', 'b', 'c']) await cache.get(1, key, async () => ++computed);
    expect(await cache.get(1, 'a', async () => ++computed)).toBe(4);
  });
});
