import { eq, sql } from 'drizzle-orm';
import type { Me, NotificationPrefs, UpdateProfileInput } from '../../../shared/auth/api';
import { inboxTexts } from '../../../shared/i18n/inbox';
import type { Locale } from '../../../shared/i18n/locales';
import type { Executor } from '../../db/client';
import { users } from '../../db/tables/auth';
import { AppError } from '../../errors/app-error';
import { deliverMessage } from '../inbox/deliver';
import { loadRoles } from './sessions';

const defaultPrefs: NotificationPrefs = { email: true, push: true };

/**
 * The account for an address, created on first sign-in as a citizen (with a welcome message in the
 * inbox). Concurrent first sign-ins with one address create one account.
 */
export async function findOrCreateUser(
  db: Executor,
  details: { email: string; locale: Locale },
): Promise<{ id: string; created: boolean }> {
  // The only unique key a new row can hit is lower(email): no row means the account exists.
  const [inserted] = await db
    .insert(users)
    .values({ email: details.email, locale: details.locale })
    .onConflictDoNothing()
    .returning({ id: users.id });
  const createdId = inserted?.id;
  if (createdId) {
    await deliverMessage(db, {
      userId: createdId,
      kind: 'welcome',
      ...inboxTexts.welcome,
      link: '/area-personale/profilo',
    });
    return { id: createdId, created: true };
  }
  const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${details.email}`);
  return { id: existing!.id, created: false };
}

export async function getMe(db: Executor, userId: string): Promise<Me> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      givenName: users.givenName,
      familyName: users.familyName,
      phone: users.phone,
      fiscalCode: users.fiscalCode,
      locale: users.locale,
      notificationPrefs: users.notificationPrefs,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) throw new AppError('AUTH_REQUIRED');
  return {
    ...row,
    notificationPrefs: { ...defaultPrefs, ...row.notificationPrefs },
    roles: await loadRoles(db, userId),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function updateProfile(
  db: Executor,
  userId: string,
  changes: Omit<UpdateProfileInput, 'fiscalCode'> & { fiscalCode?: string | null },
): Promise<Me> {
  const current = await getMe(db, userId);
  try {
    await db
      .update(users)
      .set({
        givenName: changes.givenName,
        familyName: changes.familyName,
        phone: changes.phone,
        fiscalCode: changes.fiscalCode,
        locale: changes.locale,
        notificationPrefs: changes.notificationPrefs
          ? { ...current.notificationPrefs, ...changes.notificationPrefs }
          : undefined,
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
  } catch (error) {
    if (isUniqueViolation(error, 'users_fiscal_code_unique')) throw new AppError('FISCAL_CODE_TAKEN');
    throw error;
  }
  return getMe(db, userId);
}

/** Deletes the account; sessions, passkeys and messages go with it (foreign keys cascade). */
export async function deleteAccount(db: Executor, userId: string): Promise<void> {
  await db.delete(users).where(eq(users.id, userId));
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const pgError = cause as { code?: string; constraint?: string };
    if (pgError.code === '23505' && pgError.constraint === constraint) return true;
  }
  return false;
}
