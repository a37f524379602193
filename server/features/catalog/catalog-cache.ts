import type { DatabaseHandle, Executor } from '../../db/client';
import { notifyChannel } from '../../db/notifications';

/** Sent (inside the writing transaction) by whatever changes the catalog; every process listens. */
export const catalogChangedChannel = 'catalog_changed';

export function announceCatalogChange(db: Executor): Promise<void> {
  return notifyChannel(db, catalogChangedChannel);
}

/**
 * Read-through cache of catalog answers. The catalog is read thousands of times for every change, and
 * each read costs a database round trip (about 1 ms on PGlite), so answers are kept in memory until
 * any process announces a change on catalog_changed. The time-to-live bounds staleness should a
 * notification ever be lost; the size cap bounds memory whatever people type.
 */
export class CatalogCache {
  private readonly entries = new Map<string, { value: Promise<unknown>; expiresAt: number }>();

  constructor(private readonly options: { maxEntries: number; ttlMs: number; now?: () => number }) {}

  /** Starts hearing change announcements; resolves when listening. */
  async subscribe(database: DatabaseHandle): Promise<() => Promise<void>> {
    return database.listen(catalogChangedChannel, () => this.clear());
  }

  through<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.options.maxEntries === 0) return load();
    const now = this.options.now?.() ?? Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) {
      // Re-insert so the Map's order is least-recently-used first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = load();
    this.entries.set(key, { value, expiresAt: now + this.options.ttlMs });
    // A failed load (unknown slug, database down) is not remembered.
    value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

declare module '../../trpc/context' {
  interface AppServices {
    catalogCache: CatalogCache;
  }
}
