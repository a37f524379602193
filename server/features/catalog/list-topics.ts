import { asc, count, desc, eq } from 'drizzle-orm';
import type { Topic, TopicWithServices } from '../../../shared/catalog/api';
import type { Locale } from '../../../shared/i18n/locale';
import type { Executor } from '../../db/client';
import { categories, lifeEvents, serviceLifeEvents, services } from '../../db/schema';
import { AppError } from '../../errors';
import { localizedText } from './localized';
import { selectSummaries, toSummary } from './summaries';

/** Categories and life events are both "topics": a named group of services. */
type TopicKind = 'category' | 'lifeEvent';

const topicTables = {
  category: { table: categories, notFound: 'CATEGORY_NOT_FOUND' },
  lifeEvent: { table: lifeEvents, notFound: 'LIFE_EVENT_NOT_FOUND' },
} as const;

function serviceCounts(db: Executor, kind: TopicKind) {
  return kind === 'category'
    ? db
        .select({ topicId: services.categoryId, serviceCount: count().as('service_count') })
        .from(services)
        .groupBy(services.categoryId)
        .as('counts')
    : db
        .select({ topicId: serviceLifeEvents.lifeEventId, serviceCount: count().as('service_count') })
        .from(serviceLifeEvents)
        .groupBy(serviceLifeEvents.lifeEventId)
        .as('counts');
}

export async function listTopics(db: Executor, kind: TopicKind, locale: Locale): Promise<Topic[]> {
  const { table } = topicTables[kind];
  const counts = serviceCounts(db, kind);
  const rows = await db
    .select({
      slug: table.slug,
      name: localizedText(table.name, locale),
      description: localizedText(table.description, locale),
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
  slug: string,
  locale: Locale,
): Promise<TopicWithServices> {
  const { table, notFound } = topicTables[kind];
  const [topic] = await db
    .select({
      id: table.id,
      slug: table.slug,
      name: localizedText(table.name, locale),
      description: localizedText(table.description, locale),
    })
    .from(table)
    .where(eq(table.slug, slug));
  if (!topic) throw new AppError(notFound, { slug });

  const base = selectSummaries(db, locale);
  const filtered =
    kind === 'category'
      ? base.where(eq(services.categoryId, topic.id))
      : base
          .innerJoin(serviceLifeEvents, eq(serviceLifeEvents.serviceId, services.id))
          .where(eq(serviceLifeEvents.lifeEventId, topic.id));
  const rows = await filtered.orderBy(desc(services.popularity), services.slug);
  return {
    slug: topic.slug,
    name: topic.name,
    description: topic.description,
    serviceCount: rows.length,
    services: rows.map(toSummary),
  };
}
