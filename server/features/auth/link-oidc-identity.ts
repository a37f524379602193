import { eq } from 'drizzle-orm';
import type { Locale } from '../../../shared/i18n/locale';
import type { Transaction } from '../../db/client';
import { users } from '../../db/tables/auth';
import { AppError } from '../../errors/app-error';
import type { OidcIdentity } from './oidc';
import { completeSignIn, type SignInContext } from './sign-in';
import { isUniqueViolation } from './users';

/**
 * Signs in the person a SPID/CIE gateway vouched for. The account is, in this order: the one already
 * holding the codice fiscale; the one with the gateway's email address, which thereby gets the codice
 * fiscale; a new citizen account with the codice fiscale and the names from the gateway.
 */
export async function signInWithOidc(
  context: SignInContext,
  identity: OidcIdentity,
  locale: Locale,
): Promise<{ userId: string; created: boolean }> {
  const [holder] = await context.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.fiscalCode, identity.fiscalCode));
  try {
    return await completeSignIn(
      context,
      {
        userId: holder?.id,
        email: identity.email,
        locale,
        method: 'oidc',
        details: { provider: 'oidc' },
      },
      (tx, userId) => adoptIdentity(tx, userId, identity),
    );
  } catch (error) {
    // Another sign-in linked the same codice fiscale to a different account a moment ago.
    if (isUniqueViolation(error, 'users_fiscal_code_unique')) throw new AppError('FISCAL_CODE_TAKEN');
    throw error;
  }
}

/** Sets the verified codice fiscale and fills names the person has not given; it never overwrites them. */
async function adoptIdentity(tx: Transaction, userId: string, identity: OidcIdentity): Promise<void> {
  const [account] = await tx
    .select({ fiscalCode: users.fiscalCode, givenName: users.givenName, familyName: users.familyName })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  if (!account) throw new AppError('AUTH_REQUIRED');
  // The address belongs to an account of someone with another codice fiscale: not this person's account.
  if (account.fiscalCode && account.fiscalCode !== identity.fiscalCode) throw new AppError('EMAIL_TAKEN');
  await tx
    .update(users)
    .set({
      fiscalCode: identity.fiscalCode,
      givenName: account.givenName ?? identity.givenName,
      familyName: account.familyName ?? identity.familyName,
      updatedAt: new Date(),
    })
    .where(eq(users.id, userId));
}
