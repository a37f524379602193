import { asc, count, eq } from 'drizzle-orm';
import type { Organization } from '../../../shared/catalog/api';
import type { Locale } from '../../../shared/i18n/locale';
import type { Executor } from '../../db/client';
import { organizations, services } from '../../db/tables/catalog';
import { organizationColumns } from './organization-columns';

export async function listOrganizations(db: Executor, locale: Locale): Promise<Organization[]> {
  const counts = db
    .select({ organizationId: services.organizationId, serviceCount: count().as('service_count') })
    .from(services)
    .groupBy(services.organizationId)
    .as('counts');
  const rows = await db
    .select({
      ...organizationColumns(locale),
      serviceCount: counts.serviceCount,
    })
    .from(organizations)
    .leftJoin(counts, eq(counts.organizationId, organizations.id))
    .orderBy(asc(organizations.slug));
  return rows.map((row) => ({ ...row, serviceCount: row.serviceCount ?? 0 }));
}
