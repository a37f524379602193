import type { DatabaseHandle } from '../db/client';
import { loadAccountsOnce } from './load-accounts';
import { loadBookingOnce } from './load-booking';
import { loadCatalogOnce } from './load-catalog';
import { loadRequestsOnce } from './load-requests';

/**
 * Loads each part of the demo data once per database; a new part gets a new marker, so databases made
 * before it existed receive it at their next start. Returns the parts loaded now.
 */
export async function loadDemoData(handle: DatabaseHandle): Promise<string[]> {
  // Imported on demand: production databases without demo data never load its texts.
  const { demoAccounts, demoBooking, demoCatalog, demoRequestForms } = await import('./data');
  const parts = [
    ['catalog', () => loadCatalogOnce(handle, 'demo-catalog-v1', demoCatalog)],
    ['accounts', () => loadAccountsOnce(handle, 'demo-accounts-v1', demoAccounts)],
    ['booking rules', () => loadBookingOnce(handle, 'demo-booking-v1', demoBooking)],
    ['request forms', () => loadRequestsOnce(handle, 'demo-requests-v1', demoRequestForms)],
  ] as const;
  const loaded: string[] = [];
  for (const [name, load] of parts) if (await load()) loaded.push(name);
  return loaded;
}
