import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { authFlows } from '../../db/tables/auth';
import { AppError } from '../../errors/app-error';
import { hashToken, randomToken } from './tokens';

type PasskeyFlowKind = 'passkey_register' | 'passkey_sign_in';

/** How long a person has to answer their authenticator's prompt. */
export const passkeyFlowMs = 5 * 60_000;

/**
 * Stores a ceremony's challenge and returns the flow's token. The token goes back to the page in the
 * answer rather than in a cookie: two tabs can run ceremonies side by side without one overwriting the
 * other's cookie, and holding the token gains nothing by itself, since the response must still be
 * signed by the authenticator over this challenge for this origin. Only the token's hash is stored.
 */
export async function startPasskeyFlow(
  db: Executor,
  details: { kind: PasskeyFlowKind; challenge: string; userId?: string },
): Promise<string> {
  const token = randomToken();
  await db.delete(authFlows).where(and(eq(authFlows.kind, details.kind), lt(authFlows.expiresAt, new Date())));
  await db.insert(authFlows).values({
    id: hashToken(token),
    kind: details.kind,
    userId: details.userId,
    data: { challenge: details.challenge },
    expiresAt: new Date(Date.now() + passkeyFlowMs),
  });
  return token;
}

/**
 * Takes a flow out of the table and returns its challenge: one answer per challenge, whether that
 * answer then verifies or not, so a replayed response finds nothing. A registration flow is found only
 * by the person who started it.
 */
export async function consumePasskeyFlow(
  db: Executor,
  details: { kind: PasskeyFlowKind; token: string; userId?: string },
): Promise<string> {
  const [flow] = await db
    .delete(authFlows)
    .where(
      and(
        eq(authFlows.id, hashToken(details.token)),
        eq(authFlows.kind, details.kind),
        details.userId ? eq(authFlows.userId, details.userId) : isNull(authFlows.userId),
      ),
    )
    .returning({ data: authFlows.data, expiresAt: authFlows.expiresAt });
  const challenge = flow?.data.challenge;
  if (!flow || !challenge || flow.expiresAt.getTime() <= Date.now()) throw new AppError('SIGN_IN_FLOW_EXPIRED');
  return challenge;
}
