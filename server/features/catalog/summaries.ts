import { eq, sql } from 'drizzle-orm';
import type { ServiceSummary } from '../../../shared/catalog/api';
import type { Locale } from '../../../shared/i18n/locale';
import type { Executor } from '../../db/client';
import { localizedText } from '../../db/localized';
import { categories, organizations, services } from '../../db/tables/catalog';

/** The explicit columns of a service card; anything that leaves the server goes through here. */
export function summaryColumns(locale: Locale) {
  return {
    slug: services.slug,
    title: locale === 'it' ? services.titleIt : services.titleEn,
    summary: locale === 'it' ? services.summaryIt : services.summaryEn,
    categorySlug: categories.slug,
    categoryName: localizedText(categories.name, locale),
    organizationSlug: organizations.slug,
    organizationName: localizedText(organizations.name, locale),
    updatedAt: services.updatedAt,
  };
}

type SummaryRow = Omit<{ [K in keyof ReturnType<typeof summaryColumns>]: string }, 'updatedAt'> & { updatedAt: Date };

export function toSummary(row: SummaryRow): ServiceSummary {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    category: { slug: row.categorySlug, name: row.categoryName },
    organization: { slug: row.organizationSlug, name: row.organizationName },
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Services joined with their category and organization, ready for filters; `withTotal` adds the count
 * of all matching rows to each row (a window over the whole match, so only searches ask for it).
 */
export function selectSummaries(db: Executor, locale: Locale, options: { withTotal?: boolean } = {}) {
  const total = options.withTotal ? sql<number>`(count(*) over ())::int` : sql<number>`0`;
  return db
    .select({ ...summaryColumns(locale), total })
    .from(services)
    .innerJoin(categories, eq(categories.id, services.categoryId))
    .innerJoin(organizations, eq(organizations.id, services.organizationId));
}
