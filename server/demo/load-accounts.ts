import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../db/client';
import { users } from '../db/tables/auth';
import { grantRole } from '../features/auth/grants';
import { findOrCreateUser } from '../features/auth/users';
import type { DemoAccount } from './data/accounts';
import { loadOnce } from './load-once';

/** Creates the demo people and their roles once per database, like the catalog. */
export async function loadAccountsOnce(handle: DatabaseHandle, marker: string, accounts: DemoAccount[]) {
  return loadOnce(handle, marker, async (tx) => {
    for (const account of accounts) {
      const { id } = await findOrCreateUser(tx, { email: account.email, locale: 'it' });
      await tx
        .update(users)
        .set({ givenName: account.givenName, familyName: account.familyName, fiscalCode: account.fiscalCode })
        .where(eq(users.id, id));
      for (const grant of account.roles) await grantRole(tx, id, grant);
    }
  });
}
