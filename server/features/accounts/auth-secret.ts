import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../db/client';
import { appMeta } from '../catalog/schema';

const key = 'auth-secret';

/**
 * The key for hashing sign-in codes: AUTH_SECRET when given, else one generated on first start and
 * kept in the database, so every process sharing the database uses the same one.
 */
export async function ensureAuthSecret(database: DatabaseHandle, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  return database.exclusive(async () => {
    const [stored] = await database.db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key));
    if (stored) return stored.value as string;
    const secret = randomBytes(32).toString('base64url');
    await database.db.insert(appMeta).values({ key, value: secret });
    return secret;
  });
}
