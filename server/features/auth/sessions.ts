import { eq, sql } from 'drizzle-orm';
import type { Roles } from '../../../shared/auth/api';
import type { Executor } from '../../db/client';
import { roleGrants, sessions, users } from '../../db/tables/auth';
import { offices, organizations } from '../../db/tables/catalog';
import type { SessionUser } from '../../trpc/context';
import { hashToken, randomToken } from './tokens';

export type SessionPolicy = { idleMs: number; maxMs: number };
export type SignInMethod = 'email_code' | 'passkey' | 'oidc';

/** Opens a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(
  db: Executor,
  policy: SessionPolicy,
  details: { userId: string; method: SignInMethod; ip: string; userAgent: string | undefined },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + policy.maxMs);
  await db.insert(sessions).values({
    id: hashToken(token),
    userId: details.userId,
    method: details.method,
    expiresAt,
    ip: details.ip,
    userAgent: details.userAgent?.slice(0, 300),
  });
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, details.userId));
  return { token, expiresAt };
}

/** Seen-at is written at most this often, so reading pages does not mean writing rows. */
const touchEveryMs = 60_000;

/** The session behind a cookie token, if it is still within its idle and absolute limits. */
export async function findSession(
  db: Executor,
  policy: SessionPolicy,
  token: string,
): Promise<{ sessionId: string; user: SessionUser } | undefined> {
  const id = hashToken(token);
  const [row] = await db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      email: users.email,
      locale: users.locale,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row) return undefined;
  const now = Date.now();
  if (row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + policy.idleMs <= now) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return undefined;
  }
  if (now - row.lastSeenAt.getTime() > touchEveryMs) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, id));
  }
  return {
    sessionId: id,
    user: { id: row.userId, email: row.email, locale: row.locale, roles: await loadRoles(db, row.userId) },
  };
}

export async function loadRoles(db: Executor, userId: string): Promise<Roles> {
  const grants = await db
    .select({ role: roleGrants.role, office: offices.slug, organization: organizations.slug })
    .from(roleGrants)
    .leftJoin(offices, eq(offices.id, roleGrants.officeId))
    .leftJoin(organizations, eq(organizations.id, roleGrants.organizationId))
    .where(eq(roleGrants.userId, userId));
  return {
    admin: grants.some((grant) => grant.role === 'admin'),
    staffOffices: grants.flatMap((grant) => (grant.role === 'staff' && grant.office ? [grant.office] : [])).sort(),
    ownedOrganizations: grants
      .flatMap((grant) => (grant.role === 'owner' && grant.organization ? [grant.organization] : []))
      .sort(),
  };
}

export async function endSession(db: Executor, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** "Sign out everywhere": every device of this person. */
export async function endAllSessions(db: Executor, userId: string): Promise<number> {
  const ended = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return ended.length;
}

export async function listSessions(db: Executor, userId: string, currentSessionId: string) {
  const rows = await db
    .select({
      id: sessions.id,
      method: sessions.method,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(sql`${sessions.lastSeenAt} desc`);
  return rows.map((row) => ({
    // The stored id is a hash; a prefix is enough to tell devices apart and reveals nothing.
    id: row.id.slice(0, 12),
    method: row.method,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    userAgent: row.userAgent,
    current: row.id === currentSessionId,
  }));
}
