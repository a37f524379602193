import { randomInt } from 'node:crypto';
import { and, count, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { ErrorCode } from '../../../shared/errors/codes';
import type { Locale } from '../../../shared/i18n/locales';
import { mailTexts } from '../../../shared/i18n/mail';
import type { Executor } from '../../db/client';
import { emailCodes } from '../../db/tables/auth';
import { AppError } from '../../errors/app-error';
import type { Mailer } from '../../mail/mailer';
import { keyedHash } from './tokens';

export const codeLifetimeMinutes = 10;
export const maxAttemptsPerCode = 5;
/** Codes one address may ask for per hour: enough for a person, too few to flood their mailbox. */
export const maxCodesPerHour = 5;

/** Names the per-address lock of code requests among advisory locks (its second key is the address's hash). */
const codeRequestLock = 7_411_021;

/**
 * Sends a fresh 6-digit code; any earlier code for the address stops working. The count of the hour and
 * the new code are one transaction holding a lock on the address (pg_advisory_xact_lock), so concurrent
 * requests for one address, in one process or several, take turns and never store more than the limit.
 */
export async function requestSignInCode(
  db: Executor,
  deps: { mailer: Mailer; secret: string },
  request: { email: string; locale: Locale; ip: string },
): Promise<void> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${codeRequestLock}::int, hashtext(${request.email}))`);
    const hourAgo = new Date(Date.now() - 3_600_000);
    const [recent] = await tx
      .select({ n: count() })
      .from(emailCodes)
      .where(and(eq(emailCodes.email, request.email), gt(emailCodes.createdAt, hourAgo)));
    if ((recent?.n ?? 0) >= maxCodesPerHour) throw new AppError('CODE_REQUEST_LIMIT', { minutes: 60 });
    await tx
      .update(emailCodes)
      .set({ consumedAt: new Date() })
      .where(and(eq(emailCodes.email, request.email), isNull(emailCodes.consumedAt)));
    await tx.insert(emailCodes).values({
      email: request.email,
      codeHash: keyedHash(deps.secret, request.email, code),
      expiresAt: new Date(Date.now() + codeLifetimeMinutes * 60_000),
      ip: request.ip,
      // The time the lock was won, not the transaction's start: the newest code is the last one sent.
      createdAt: sql`clock_timestamp()`,
    });
  });
  const texts = mailTexts[request.locale].signInCode;
  const text = texts.text(code, codeLifetimeMinutes);
  await deps.mailer.send({
    to: request.email,
    subject: texts.subject(code),
    text,
    html: `<p>${text.replaceAll('\n\n', '</p><p>')}</p>`,
  });
}

/**
 * Checks a code against the newest one sent to the address, and consumes it if right. One conditional
 * UPDATE counts the attempt and consumes a right code together, and only while the code is live (not
 * consumed, under maxAttemptsPerCode tries, not expired): however many guesses race, in one batch or over
 * several processes, at most maxAttemptsPerCode are ever compared. A code that is not compared answers by
 * its state alone, never by the guess (docs/decisions.md, "Sign-in limits"). Run it outside a
 * transaction: a wrong attempt must stay counted although the call fails.
 */
export async function consumeSignInCode(db: Executor, secret: string, email: string, code: string): Promise<void> {
  const now = new Date();
  const newest = db
    .select({ id: emailCodes.id })
    .from(emailCodes)
    .where(eq(emailCodes.email, email))
    .orderBy(desc(emailCodes.createdAt))
    .limit(1);
  const [attempt] = await db
    .update(emailCodes)
    .set({
      attempts: sql`${emailCodes.attempts} + 1`,
      consumedAt: sql`case when ${emailCodes.codeHash} = ${keyedHash(secret, email, code)} then now() end`,
    })
    .where(
      and(
        inArray(emailCodes.id, newest),
        isNull(emailCodes.consumedAt),
        lt(emailCodes.attempts, maxAttemptsPerCode),
        gt(emailCodes.expiresAt, now),
      ),
    )
    .returning({ consumedAt: emailCodes.consumedAt });
  if (attempt?.consumedAt) return;
  if (attempt) throw new AppError('CODE_INVALID');
  throw new AppError(await refusalWithoutComparing(db, email, now));
}

/** Why no live code could take the guess: the same answer to a right code and to a wrong one. */
async function refusalWithoutComparing(db: Executor, email: string, now: Date): Promise<ErrorCode> {
  const [latest] = await db
    .select({ attempts: emailCodes.attempts, consumedAt: emailCodes.consumedAt, expiresAt: emailCodes.expiresAt })
    .from(emailCodes)
    .where(eq(emailCodes.email, email))
    .orderBy(desc(emailCodes.createdAt))
    .limit(1);
  // Used (by its owner or a lucky guess), replaced, or never sent: all alike, so using a code reveals nothing.
  if (!latest || latest.consumedAt) return 'CODE_INVALID';
  if (latest.attempts >= maxAttemptsPerCode) return 'CODE_TOO_MANY_ATTEMPTS';
  if (latest.expiresAt.getTime() <= now.getTime()) return 'CODE_EXPIRED';
  return 'CODE_INVALID';
}
