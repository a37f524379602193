import { randomInt } from 'node:crypto';
import { and, count, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
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

/** Sends a fresh 6-digit code; any earlier code for the address stops working. */
export async function requestSignInCode(
  db: Executor,
  deps: { mailer: Mailer; secret: string },
  request: { email: string; locale: Locale; ip: string },
): Promise<void> {
  const hourAgo = new Date(Date.now() - 3_600_000);
  const [recent] = await db
    .select({ n: count() })
    .from(emailCodes)
    .where(and(eq(emailCodes.email, request.email), gt(emailCodes.createdAt, hourAgo)));
  if ((recent?.n ?? 0) >= maxCodesPerHour) throw new AppError('CODE_REQUEST_LIMIT', { minutes: 60 });

  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await db
    .update(emailCodes)
    .set({ consumedAt: new Date() })
    .where(and(eq(emailCodes.email, request.email), isNull(emailCodes.consumedAt)));
  await db.insert(emailCodes).values({
    email: request.email,
    codeHash: keyedHash(deps.secret, request.email, code),
    expiresAt: new Date(Date.now() + codeLifetimeMinutes * 60_000),
    ip: request.ip,
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
 * Checks a code against the newest one sent to the address and consumes it; every failure is counted
 * and says what went wrong (wrong, expired, already used, too many attempts). Run it outside a transaction:
 * a wrong attempt must stay counted although the call fails.
 */
export async function consumeSignInCode(db: Executor, secret: string, email: string, code: string): Promise<void> {
  const [latest] = await db
    .select({
      id: emailCodes.id,
      codeHash: emailCodes.codeHash,
      expiresAt: emailCodes.expiresAt,
      attempts: emailCodes.attempts,
      consumedAt: emailCodes.consumedAt,
    })
    .from(emailCodes)
    .where(eq(emailCodes.email, email))
    .orderBy(desc(emailCodes.createdAt))
    .limit(1);
  if (!latest) throw new AppError('CODE_INVALID');
  const matches = latest.codeHash === keyedHash(secret, email, code);
  if (latest.consumedAt) throw new AppError(matches ? 'CODE_USED' : 'CODE_INVALID');
  if (latest.attempts >= maxAttemptsPerCode) throw new AppError('CODE_TOO_MANY_ATTEMPTS');
  if (latest.expiresAt.getTime() <= Date.now()) throw new AppError('CODE_EXPIRED');
  if (!matches) {
    await db
      .update(emailCodes)
      .set({ attempts: sql`${emailCodes.attempts} + 1` })
      .where(eq(emailCodes.id, latest.id));
    throw new AppError('CODE_INVALID');
  }
  // Conditional update: of two requests racing with the same code, only one consumes it.
  const consumed = await db
    .update(emailCodes)
    .set({ consumedAt: new Date() })
    .where(
      and(eq(emailCodes.id, latest.id), isNull(emailCodes.consumedAt), lt(emailCodes.attempts, maxAttemptsPerCode)),
    )
    .returning({ id: emailCodes.id });
  if (consumed.length === 0) throw new AppError('CODE_USED');
}
