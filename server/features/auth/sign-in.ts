import type { Locale } from '../../../shared/i18n/locales';
import type { Database, Transaction } from '../../db/client';
import type { RequestHttp } from '../../http/request-http';
import { recordAudit } from '../audit/record';
import { createSession, endSession, type SessionPolicy, type SignInMethod } from './sessions';
import { findOrCreateUser } from './users';

export type SignInContext = {
  db: Database;
  policy: SessionPolicy;
  http: RequestHttp;
  /** The session the browser had before, ended so the id rotates at sign-in. */
  previousSessionId: string | undefined;
};

/**
 * The one way every method (email code, passkey, SPID/CIE) ends: account found or created, a fresh
 * session, the sign-in on the audit log, the cookie set.
 */
export async function completeSignIn(
  context: SignInContext,
  identity: { userId?: string; email: string; locale: Locale; method: SignInMethod; details?: Record<string, unknown> },
  extra?: (tx: Transaction, userId: string) => Promise<void>,
): Promise<{ userId: string; created: boolean }> {
  const result = await context.db.transaction(async (tx) => {
    const account = identity.userId
      ? { id: identity.userId, created: false }
      : await findOrCreateUser(tx, { email: identity.email, locale: identity.locale });
    await extra?.(tx, account.id);
    if (context.previousSessionId) await endSession(tx, context.previousSessionId);
    const session = await createSession(tx, context.policy, {
      userId: account.id,
      method: identity.method,
      ip: context.http.ip,
      userAgent: context.http.userAgent,
    });
    await recordAudit(tx, {
      actorId: account.id,
      action: 'auth.sign_in',
      ip: context.http.ip,
      details: { method: identity.method, newAccount: account.created, ...identity.details },
    });
    return { account, session };
  });
  context.http.setSessionCookie(result.session.token, result.session.expiresAt);
  return { userId: result.account.id, created: result.account.created };
}
