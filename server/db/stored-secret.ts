import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from './client';
import { appMeta } from './tables/app-meta';

/**
 * A secret generated on first start and kept in the database, so every process sharing the database
 * uses the same one. Generation runs under the database's exclusive lock: two processes starting
 * together cannot each store their own.
 */
export function readOrCreateStoredSecret<T>(database: DatabaseHandle, key: string, generate: () => T): Promise<T> {
  return database.exclusive(async () => {
    const [stored] = await database.db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key));
    if (stored) return stored.value as T;
    const value = generate();
    await database.db.insert(appMeta).values({ key, value });
    return value;
  });
}
