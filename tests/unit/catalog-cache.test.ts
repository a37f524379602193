import { describe, expect, it } from 'vitest';
import { CatalogCache } from '../../server/features/catalog/catalog-cache';

function counter() {
  let calls = 0;
  return { load: async () => ++calls, calls: () => calls };
}

describe('CatalogCache', () => {
  it('answers a repeated read from memory', async () => {
    const cache = new CatalogCache({ maxEntries: 100, ttlMs: 60_000 });
    const source = counter();
    expect(await cache.through('a', source.load)).toBe(1);
    expect(await cache.through('a', source.load)).toBe(1);
    expect(source.calls()).toBe(1);
  });

  it('reads again after clear (a catalog change) or after the time to live', async () => {
    let now = 0;
    const cache = new CatalogCache({ maxEntries: 10, ttlMs: 1_000, now: () => now });
    const source = counter();
    await cache.through('a', source.load);
    cache.clear();
    expect(await cache.through('a', source.load)).toBe(2);
    now = 1_001;
    expect(await cache.through('a', source.load)).toBe(3);
  });

  it('does not remember failures', async () => {
    const cache = new CatalogCache({ maxEntries: 100, ttlMs: 60_000 });
    await expect(cache.through('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.through('a', async () => 'up')).toBe('up');
  });

  it('reads through every time when turned off', async () => {
    const cache = new CatalogCache({ maxEntries: 0, ttlMs: 60_000 });
    const source = counter();
    await cache.through('a', source.load);
    await cache.through('a', source.load);
    expect(source.calls()).toBe(2);
  });

  it('evicts the least recently used entry past its size', async () => {
    const cache = new CatalogCache({ maxEntries: 2, ttlMs: 60_000 });
    const source = counter();
    await cache.through('a', source.load);
    await cache.through('b', source.load);
    await cache.through('a', source.load); // a is now the most recent
    await cache.through('c', source.load); // evicts b
    expect(cache.size).toBe(2);
    await cache.through('a', source.load);
    expect(source.calls()).toBe(3);
    await cache.through('b', source.load);
    expect(source.calls()).toBe(4);
  });
});
