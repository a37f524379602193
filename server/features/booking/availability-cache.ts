import type { DatabaseHandle, Executor } from '../../db/client';
import { notifyChannel } from '../../db/notifications';

/** Sent inside every transaction that adds or frees a place; every process listens. */
export const placesChangedChannel = 'booking_places_changed';

const pairOf = (target: { serviceId: string; officeId: string }) => `${target.serviceId}:${target.officeId}`;

export function announcePlacesChanged(db: Executor, target: { serviceId: string; officeId: string }) {
  return notifyChannel(db, placesChangedChannel, pairOf(target));
}

interface Entry {
  value: Promise<unknown>;
  pair: string;
  validUntil: number;
}

/**
 * Availability answers per service, office, range and language. Availability is read far more often than
 * places change, and it only informs (taking a place is decided by the database's constraint), so an
 * answer is kept until a place of that service and office changes anywhere (announced at commit on
 * booking_places_changed), until the next hold in it lapses, or for ttlMs, whichever comes first; the
 * time-to-live also bounds how long a slot that has come too close to book stays listed.
 */
export class AvailabilityCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: { maxEntries: number; ttlMs: number; now?: () => number }) {}

  async subscribe(database: DatabaseHandle): Promise<() => Promise<void>> {
    // An empty payload means the listener reconnected and may have missed events: forget everything.
    return database.listen(placesChangedChannel, (pair) => (pair ? this.forget(pair) : this.entries.clear()));
  }

  /**
   * `load` answers with the value and the instant until which it holds (the next hold to lapse). An entry
   * marked `advisory` ignores change announcements and lives for ttlMs only: for words that may lag a
   * few seconds behind, such as the nearest free times named to someone who just missed a slot.
   */
  through<T>(
    target: { serviceId: string; officeId: string },
    key: string,
    load: () => Promise<{ value: T; validUntil: number | null }>,
    options: { advisory?: boolean } = {},
  ): Promise<T> {
    if (this.options.maxEntries === 0) return load().then((loaded) => loaded.value);
    const now = this.options.now?.() ?? Date.now();
    const fullKey = `${pairOf(target)}|${key}`;
    const pair = options.advisory ? '' : pairOf(target);
    const hit = this.entries.get(fullKey);
    if (hit && hit.validUntil > now) return hit.value as Promise<T>;
    const entry: Entry = { value: Promise.resolve(), pair, validUntil: now + this.options.ttlMs };
    const loaded = load();
    entry.value = loaded.then((result) => result.value);
    loaded.then(
      (result) => {
        if (result.validUntil !== null) entry.validUntil = Math.min(entry.validUntil, result.validUntil);
      },
      () => this.entries.get(fullKey) === entry && this.entries.delete(fullKey),
    );
    this.entries.set(fullKey, entry);
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return entry.value as Promise<T>;
  }

  forget(pair: string): void {
    for (const [key, entry] of this.entries) if (entry.pair === pair) this.entries.delete(key);
  }
}

declare module '../../trpc/context' {
  interface AppServices {
    availabilityCache: AvailabilityCache;
  }
}
