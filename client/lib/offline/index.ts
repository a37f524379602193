import type { SearchServicesInput } from '../../../shared/catalog/api';

/**
 * The only door to IndexedDB: pages and components use this folder, never idb directly. What the entry
 * bundle needs (the catalog's cached reads, the online state) is exported here; what only lazy pages use
 * (bookings.ts for a guest's bookings, personal-query.ts for the signed-in person's data, outbox.ts for
 * the actions taken offline) is imported from its own file, so it loads with those pages' chunks.
 */
export { cachedQuery, type Fetched, OfflineUnavailableError, serverAnswered } from './cached-query';
export { lastSyncedAt, online } from './status';

/** catalog.search over the services saved on this device; the store loads on demand. */
export async function searchSaved(input: SearchServicesInput) {
  const store = await import('./store');
  return store.searchSaved(input);
}
