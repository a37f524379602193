import webpush from 'web-push';
import type { Config } from '../../config';
import type { DatabaseHandle } from '../../db/client';
import { readOrCreateStoredSecret } from '../../db/stored-secret';

export type VapidIdentity = { publicKey: string; privateKey: string; subject: string };

/**
 * The keys that sign every push (RFC 8292). VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY when given; otherwise
 * generated on first start and kept in the database (with PGlite, that is inside DATA_DIR), as the
 * sign-in secret is. Every process sharing the database then signs with the same key, which the
 * browsers' subscriptions are bound to: a second key would make every push service answer 403.
 */
export async function ensureVapidKeys(database: DatabaseHandle, push: Config['push']): Promise<VapidIdentity> {
  if (push.keys) return { ...push.keys, subject: push.subject };
  const keys = await readOrCreateStoredSecret(database, 'vapid-keys', () => webpush.generateVAPIDKeys());
  return { publicKey: keys.publicKey, privateKey: keys.privateKey, subject: push.subject };
}
