import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { roleGrants } from '../../db/tables/auth';
import { offices, organizations } from '../../db/tables/catalog';
import { AppError } from '../../errors/app-error';

export type RoleGrant = { role: 'admin' } | { role: 'staff'; office: string } | { role: 'owner'; organization: string };

/** Gives a person a role; granting one they already hold changes nothing. */
export async function grantRole(db: Executor, userId: string, grant: RoleGrant): Promise<void> {
  let officeId: string | null = null;
  let organizationId: string | null = null;
  if (grant.role === 'staff') {
    const [office] = await db.select({ id: offices.id }).from(offices).where(eq(offices.slug, grant.office));
    if (!office) throw new AppError('OFFICE_NOT_FOUND', { slug: grant.office });
    officeId = office.id;
  } else if (grant.role === 'owner') {
    const [organization] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.slug, grant.organization));
    if (!organization) throw new AppError('ORGANIZATION_NOT_FOUND', { slug: grant.organization });
    organizationId = organization.id;
  }
  await db.insert(roleGrants).values({ userId, role: grant.role, officeId, organizationId }).onConflictDoNothing();
}
