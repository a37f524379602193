import { and, desc, eq, exists, type SQL, sql } from 'drizzle-orm';
import type { SearchServicesInput, SearchServicesOutput } from '../../../shared/catalog/api';
import { prefixTsQuery, searchTerms } from '../../../shared/catalog/search-text';
import type { Executor } from '../../db/client';
import { categories, lifeEvents, organizations, serviceLifeEvents, services } from '../../db/tables/catalog';
import { selectSummaries, toSummary } from './summaries';

/** Below this word similarity a title is not a plausible typo of the query. */
const typoThreshold = 0.45;
/** Trigram matching on fewer characters matches nearly everything. */
const typoMinLength = 4;

type Input = Required<Pick<SearchServicesInput, 'locale' | 'page' | 'pageSize'>> & SearchServicesInput;

/**
 * Full-text search with Italian (or English) stemming, accents and apostrophes ignored, prefix matching
 * on every term, and trigram similarity as a fallback for typos; ranked by relevance then popularity.
 */
export async function searchServices(db: Executor, input: Input): Promise<SearchServicesOutput> {
  const terms = searchTerms(input.q ?? '');
  const document = input.locale === 'it' ? services.searchIt : services.searchEn;
  const matchText = input.locale === 'it' ? services.matchIt : services.matchEn;
  const config = input.locale === 'it' ? 'sportello_it' : 'sportello_en';

  const filters: SQL[] = [];
  if (input.category) filters.push(eq(categories.slug, input.category));
  if (input.organization) filters.push(eq(organizations.slug, input.organization));
  if (input.lifeEvent) {
    filters.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(serviceLifeEvents)
          .innerJoin(lifeEvents, eq(lifeEvents.id, serviceLifeEvents.lifeEventId))
          .where(and(eq(serviceLifeEvents.serviceId, services.id), eq(lifeEvents.slug, input.lifeEvent))),
      ),
    );
  }

  const order: SQL[] = [];
  if (terms.length > 0) {
    const query = sql`to_tsquery(${config}::regconfig, ${prefixTsQuery(terms)})`;
    const typed = terms.join(' ');
    const similarity = sql<number>`word_similarity(${typed}, ${matchText})`;
    const textMatch = sql`${document} @@ ${query}`;
    filters.push(typed.length >= typoMinLength ? sql`(${textMatch} or ${similarity} >= ${typoThreshold})` : textMatch);
    order.push(desc(sql`ts_rank(${document}, ${query}) + ${similarity}`));
  }

  const rows = await selectSummaries(db, input.locale, { withTotal: true })
    .where(and(...filters))
    .orderBy(...order, desc(services.popularity), services.slug)
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);

  // The window count rides along with the rows; only a page past the end needs its own count.
  const total = rows[0]?.total ?? (input.page > 1 ? await countMatches(db, filters) : 0);
  return { items: rows.map(toSummary), total, page: input.page, pageSize: input.pageSize };
}

async function countMatches(db: Executor, filters: SQL[]): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(services)
    .innerJoin(categories, eq(categories.id, services.categoryId))
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(and(...filters));
  return row?.total ?? 0;
}
