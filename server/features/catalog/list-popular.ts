import { desc, eq } from 'drizzle-orm';
import type { ServiceSummary } from '../../../shared/catalog/api';
import type { Locale } from '../../../shared/i18n/locale';
import type { Executor } from '../../db/client';
import { organizations, services } from '../../db/tables/catalog';
import { selectSummaries, toSummary } from './summaries';

/** "Most requested" services, optionally of one organization. */
export async function listPopular(
  db: Executor,
  input: { organization?: string; limit: number; locale: Locale },
): Promise<ServiceSummary[]> {
  const base = selectSummaries(db, input.locale);
  const filtered = input.organization ? base.where(eq(organizations.slug, input.organization)) : base;
  const rows = await filtered.orderBy(desc(services.popularity), services.slug).limit(input.limit);
  return rows.map(toSummary);
}
