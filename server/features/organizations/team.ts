import { and, asc, eq, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { roleGrants, users } from '../../db/tables/auth';
import { offices, organizations } from '../../db/tables/catalog';
import { AppError } from '../../errors/app-error';

/** Who works for an organization: its owners and the staff of each of its offices. */
export async function listTeam(db: Executor, organizationSlug: string) {
  const [organization] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, organizationSlug));
  if (!organization) throw new AppError('ORGANIZATION_NOT_FOUND', { slug: organizationSlug });
  const rows = await db
    .select({
      role: roleGrants.role,
      office: offices.slug,
      email: users.email,
      givenName: users.givenName,
      familyName: users.familyName,
    })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .leftJoin(offices, eq(offices.id, roleGrants.officeId))
    .where(
      or(
        and(eq(roleGrants.role, 'owner'), eq(roleGrants.organizationId, organization.id)),
        and(eq(roleGrants.role, 'staff'), eq(offices.organizationId, organization.id)),
      ),
    )
    .orderBy(asc(roleGrants.role), asc(offices.slug), asc(users.email));
  return rows.map((row) => ({ ...row, role: row.role as 'owner' | 'staff' }));
}
