import { eq } from 'drizzle-orm';
import { grantRole } from '../../features/accounts/grants';
import { users } from '../../features/accounts/schema';
import { findOrCreateUser } from '../../features/accounts/users';
import type { DatabaseHandle } from '../client';
import { appMeta } from '../schema';
import type { DemoAccount } from './demo/accounts';

/** Creates the demo people and their roles once per database, like the catalog. */
export async function loadAccountsOnce(handle: DatabaseHandle, marker: string, accounts: DemoAccount[]) {
  return handle.exclusive(() =>
    handle.db.transaction(async (tx) => {
      const [loaded] = await tx.select({ key: appMeta.key }).from(appMeta).where(eq(appMeta.key, marker));
      if (loaded) return false;
      for (const account of accounts) {
        const { id } = await findOrCreateUser(tx, { email: account.email, locale: 'it' });
        await tx
          .update(users)
          .set({ givenName: account.givenName, familyName: account.familyName, fiscalCode: account.fiscalCode })
          .where(eq(users.id, id));
        for (const grant of account.roles) await grantRole(tx, id, grant);
      }
      await tx.insert(appMeta).values({ key: marker, value: { loadedAt: new Date().toISOString() } });
      return true;
    }),
  );
}
