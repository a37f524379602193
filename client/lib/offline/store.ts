import type {
  SearchServicesInput,
  SearchServicesOutput,
  ServiceDetail,
  ServiceSummary,
  TopicWithServices,
} from '../../../shared/catalog/api';
import type { Locale } from '../../../shared/i18n/locales';
import { offlineDb, type StoredResponse } from './db';
import { matchScore } from './match';

/**
 * Search-as-you-type can save a response per keystroke: past this many responses the oldest searches
 * go. Pages (services, topics, lists) are bounded by the catalog itself and are kept.
 */
const maxResponses = 400;

export async function readResponse(key: string): Promise<StoredResponse | undefined> {
  const db = await offlineDb();
  return db.get('responses', key);
}

export async function saveResponse(procedure: string, key: string, locale: Locale, value: unknown, at: string) {
  const db = await offlineDb();
  const found = servicesIn(procedure, value);
  const tx = db.transaction(['responses', 'services'], 'readwrite');
  const services = tx.objectStore('services');
  const writes: Promise<unknown>[] = [
    tx.objectStore('responses').put({ key, procedure, locale, value, fetchedAt: at }),
  ];
  for (const entry of found) {
    const id = `${locale}:${entry.summary.slug}`;
    writes.push(
      services.get(id).then((previous) =>
        services.put({
          key: id,
          locale,
          summary: entry.summary,
          keywords: entry.keywords ?? previous?.keywords ?? [],
          lifeEvents: [
            ...new Set([...(entry.lifeEvents ?? previous?.lifeEvents ?? []), ...(entry.addLifeEvents ?? [])]),
          ],
          fetchedAt: at,
        }),
      ),
    );
  }
  await Promise.all([...writes, tx.done]);
  await pruneResponses();
}

type FoundService = { summary: ServiceSummary; keywords?: string[]; lifeEvents?: string[]; addLifeEvents?: string[] };

function servicesIn(procedure: string, value: unknown): FoundService[] {
  switch (procedure) {
    case 'catalog.search':
      return (value as SearchServicesOutput).items.map((summary) => ({ summary }));
    case 'catalog.popular':
      return (value as ServiceSummary[]).map((summary) => ({ summary }));
    case 'catalog.category':
      return (value as TopicWithServices).services.map((summary) => ({ summary }));
    case 'catalog.lifeEvent': {
      const topic = value as TopicWithServices;
      return topic.services.map((summary) => ({ summary, addLifeEvents: [topic.slug] }));
    }
    case 'catalog.service': {
      const { sections, offices, keywords, lifeEvents, organization, ...summary } = value as ServiceDetail;
      return [
        {
          summary: { ...summary, organization: { slug: organization.slug, name: organization.name } },
          keywords,
          lifeEvents: lifeEvents.map((event) => event.slug),
        },
      ];
    }
    default:
      return [];
  }
}

async function pruneResponses(): Promise<void> {
  const db = await offlineDb();
  const excess = (await db.count('responses')) - maxResponses;
  if (excess <= 0) return;
  const tx = db.transaction('responses', 'readwrite');
  let cursor = await tx.store.index('fetchedAt').openCursor();
  let removed = 0;
  while (cursor && removed < excess) {
    if (cursor.value.procedure === 'catalog.search') {
      await cursor.delete();
      removed++;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
}

/**
 * catalog.search answered from the services saved on this device; fetchedAt is that of the oldest
 * service shown, so "updated on" never claims more freshness than the list has.
 */
export async function searchSaved(
  input: SearchServicesInput,
): Promise<{ data: SearchServicesOutput; fetchedAt: string }> {
  const db = await offlineDb();
  const locale = input.locale ?? 'it';
  const saved = await db.getAllFromIndex('services', 'locale', locale);
  const ranked = saved
    .filter(
      (service) =>
        (!input.organization || service.summary.organization.slug === input.organization) &&
        (!input.category || service.summary.category.slug === input.category) &&
        (!input.lifeEvent || service.lifeEvents.includes(input.lifeEvent)),
    )
    .map((service) => ({ service, score: matchScore(input.q ?? '', service) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.service.summary.title.localeCompare(b.service.summary.title, locale));
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 20;
  const shown = ranked.slice((page - 1) * pageSize, page * pageSize).map((entry) => entry.service);
  const oldest = shown.map((service) => service.fetchedAt).sort()[0];
  return {
    data: { items: shown.map((service) => service.summary), total: ranked.length, page, pageSize },
    fetchedAt: oldest ?? new Date().toISOString(),
  };
}
