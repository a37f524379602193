import { randomBytes } from 'node:crypto';
import type { DatabaseHandle } from '../../db/client';
import { readOrCreateStoredSecret } from '../../db/stored-secret';

/** The key for hashing sign-in codes: AUTH_SECRET when given, else one generated once and kept in the database. */
export async function ensureAuthSecret(database: DatabaseHandle, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  return readOrCreateStoredSecret(database, 'auth-secret', () => randomBytes(32).toString('base64url'));
}
