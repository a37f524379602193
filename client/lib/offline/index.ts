import type { SearchServicesInput } from '../../../shared/catalog/api';

/** The only door to IndexedDB: pages and components use these, never idb directly. */
export { cachedQuery, type Fetched, OfflineUnavailableError } from './cached-query';
export { lastSyncedAt, online } from './status';

/** catalog.search over the services saved on this device; the store loads on demand. */
export async function searchSaved(input: SearchServicesInput) {
  const store = await import('./store');
  return store.searchSaved(input);
}
