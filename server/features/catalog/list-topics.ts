import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Topic, TopicWithServices } from '../../../shared/catalog/api';
import type { Locale } from '../../../shared/i18n/locale';
import type { Executor } from '../../db/client';
import { localizedText } from '../../db/localized';
import { categories, lifeEvents, organizations, serviceLifeEvents, services } from '../../db/tables/catalog';
import { AppError } from '../../errors/app-error';
import { selectSummaries, toSummary } from './summaries';

/** Categories and life events are both "topics": a named group of services. */
type TopicKind = 'category' | 'lifeEvent';

const topicTables = {
  category: { table: categories, notFound: 'CATEGORY_NOT_FOUND' },
  lifeEvent: { table: lifeEvents, notFound: 'LIFE_EVENT_NOT_FOUND' },
} as const;

/** Services per topic, counting only one organization's when one is chosen. */
function serviceCounts(db: Executor, kind: TopicKind, organization: string | undefined) {
  const ofOrganization: SQL | undefined = organization ? eq(organizations.slug, organization) : undefined;
  const counted = db
    .select({
      topicId: kind === 'category' ? services.categoryId : serviceLifeEvents.lifeEventId,
      serviceCount: count().as('service_count'),
    })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId));
  const grouped =
    kind === 'category'
      ? counted.where(ofOrganization).groupBy(services.categoryId)
      : counted
          .innerJoin(serviceLifeEvents, eq(serviceLifeEvents.serviceId, services.id))
          .where(ofOrganization)
          .groupBy(serviceLifeEvents.lifeEventId);
  return grouped.as('counts');
}

export async function listTopics(
  db: Executor,
  kind: TopicKind,
  input: { locale: Locale; organization?: string },
): Promise<Topic[]> {
  const { table } = topicTables[kind];
  const counts = serviceCounts(db, kind, input.organization);
  const rows = await db
    .select({
      slug: table.slug,
      name: localizedText(table.name, input.locale),
      description: localizedText(table.description, input.locale),
      serviceCount: counts.serviceCount,
    })
    .from(table)
    .leftJoin(counts, eq(counts.topicId, table.id))
    .orderBy(asc(table.position));
  return rows.map((row) => ({ ...row, serviceCount: row.serviceCount ?? 0 }));
}

export async function getTopic(
  db: Executor,
  kind: TopicKind,
  input: { slug: string; locale: Locale; organization?: string },
): Promise<TopicWithServices> {
  const { table, notFound } = topicTables[kind];
  const [topic] = await db
    .select({
      id: table.id,
      slug: table.slug,
      name: localizedText(table.name, input.locale),
      description: localizedText(table.description, input.locale),
    })
    .from(table)
    .where(eq(table.slug, input.slug));
  if (!topic) throw new AppError(notFound, { slug: input.slug });

  const ofOrganization = input.organization ? eq(organizations.slug, input.organization) : undefined;
  const base = selectSummaries(db, input.locale);
  const filtered =
    kind === 'category'
      ? base.where(and(eq(services.categoryId, topic.id), ofOrganization))
      : base
          .innerJoin(serviceLifeEvents, eq(serviceLifeEvents.serviceId, services.id))
          .where(and(eq(serviceLifeEvents.lifeEventId, topic.id), ofOrganization));
  const rows = await filtered.orderBy(desc(services.popularity), services.slug);
  return {
    slug: topic.slug,
    name: topic.name,
    description: topic.description,
    serviceCount: rows.length,
    services: rows.map(toSummary),
  };
}
