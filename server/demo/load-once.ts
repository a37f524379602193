import { eq } from 'drizzle-orm';
import type { DatabaseHandle, Transaction } from '../db/client';
import { appMeta } from '../db/tables/app-meta';

export class SeedError extends Error {
  override name = 'SeedError';
}

/**
 * Runs `insert` once per database: the marker row and the data commit together, under the start-up
 * lock, so a second start (or a second process starting at the same time) never duplicates it.
 * Returns false when it was already loaded.
 */
export function loadOnce(handle: DatabaseHandle, marker: string, insert: (tx: Transaction) => Promise<void>) {
  return handle.exclusive(() =>
    handle.db.transaction(async (tx) => {
      const [loaded] = await tx.select({ key: appMeta.key }).from(appMeta).where(eq(appMeta.key, marker));
      if (loaded) return false;
      await insert(tx);
      await tx.insert(appMeta).values({ key: marker, value: { loadedAt: new Date().toISOString() } });
      return true;
    }),
  );
}
