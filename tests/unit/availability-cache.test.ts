import { describe, expect, it } from 'vitest';
import { AvailabilityCache } from '../../server/features/booking/availability-cache';

const office = { serviceId: 's1', officeId: 'o1' };
const other = { serviceId: 's1', officeId: 'o2' };

describe('the availability cache', () => {
  it('keeps an answer until a place of its service and office changes', async () => {
    let now = 0;
    const cache = new AvailabilityCache({ maxEntries: 10, ttlMs: 5_000, now: () => now });
    let loads = 0;
    const load = async () => ({ value: ++loads, validUntil: null });
    expect(await cache.through(office, 'dec', load)).toBe(1);
    expect(await cache.through(office, 'dec', load)).toBe(1);
    expect(await cache.through(other, 'dec', load)).toBe(2);
    cache.forget('s1:o1');
    expect(await cache.through(office, 'dec', load)).toBe(3);
    expect(await cache.through(other, 'dec', load)).toBe(2);
    now = 5_001;
    expect(await cache.through(other, 'dec', load)).toBe(4);
  });

  it('drops an answer when the first hold in it lapses, and never keeps a failure', async () => {
    let now = 0;
    const cache = new AvailabilityCache({ maxEntries: 10, ttlMs: 5_000, now: () => now });
    let loads = 0;
    const load = async () => ({ value: ++loads, validUntil: 1_000 });
    expect(await cache.through(office, 'dec', load)).toBe(1);
    now = 999;
    expect(await cache.through(office, 'dec', load)).toBe(1);
    now = 1_000;
    expect(await cache.through(office, 'dec', load)).toBe(2);
    await expect(cache.through(office, 'jan', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.through(office, 'jan', load)).toBe(3);
  });

  it('with no room, asks every time', async () => {
    const cache = new AvailabilityCache({ maxEntries: 0, ttlMs: 5_000 });
    let loads = 0;
    const load = async () => ({ value: ++loads, validUntil: null });
    await cache.through(office, 'dec', load);
    expect(await cache.through(office, 'dec', load)).toBe(2);
  });
});

describe('advisory entries', () => {
  it('outlive change announcements but not their time to live', async () => {
    let now = 0;
    const cache = new AvailabilityCache({ maxEntries: 10, ttlMs: 5_000, now: () => now });
    let loads = 0;
    const load = async () => ({ value: ++loads, validUntil: null });
    expect(await cache.through(office, 'nearest', load, { advisory: true })).toBe(1);
    cache.forget('s1:o1');
    expect(await cache.through(office, 'nearest', load, { advisory: true })).toBe(1);
    now = 5_001;
    expect(await cache.through(office, 'nearest', load, { advisory: true })).toBe(2);
  });
});
