import { query } from '@solidjs/router';
import type { SearchServicesInput } from '../../shared/catalog/api';
import type { Locale } from '../../shared/i18n/locales';
import { cachedQuery, searchSaved } from './offline';
import { trpc } from './trpc';

/**
 * Catalog reads for pages: router queries (deduplicated, started by route preloads, read with
 * createAsync) over the tRPC client, saved on the device and served from it when offline.
 */

export const getCategories = query((locale: Locale, organization?: string) => {
  const input = { locale, organization };
  return cachedQuery('catalog.categories', input, () => trpc.catalog.categories.query(input));
}, 'catalog.categories');

export const getLifeEvents = query((locale: Locale, organization?: string) => {
  const input = { locale, organization };
  return cachedQuery('catalog.lifeEvents', input, () => trpc.catalog.lifeEvents.query(input));
}, 'catalog.lifeEvents');

export const getOrganizations = query(
  (locale: Locale) =>
    cachedQuery('catalog.organizations', { locale }, () => trpc.catalog.organizations.query({ locale })),
  'catalog.organizations',
);

export const getPopular = query((locale: Locale, organization: string | undefined, limit = 8) => {
  const input = { locale, organization, limit };
  return cachedQuery('catalog.popular', input, () => trpc.catalog.popular.query(input));
}, 'catalog.popular');

export const getService = query((slug: string, locale: Locale) => {
  const input = { slug, locale };
  return cachedQuery('catalog.service', input, () => trpc.catalog.service.query(input));
}, 'catalog.service');

export const getCategory = query((slug: string, locale: Locale, organization?: string) => {
  const input = { slug, locale, organization };
  return cachedQuery('catalog.category', input, () => trpc.catalog.category.query(input));
}, 'catalog.category');

export const getLifeEvent = query((slug: string, locale: Locale, organization?: string) => {
  const input = { slug, locale, organization };
  return cachedQuery('catalog.lifeEvent', input, () => trpc.catalog.lifeEvent.query(input));
}, 'catalog.lifeEvent');

export type SearchParams = {
  q?: string;
  category?: string;
  lifeEvent?: string;
  organization?: string;
  locale: Locale;
  page?: number;
  pageSize?: number;
};

/** Search, with every default spelled out so equal searches share one saved response. */
export function searchServices(params: SearchParams) {
  const input = {
    q: params.q?.trim() || undefined,
    category: params.category || undefined,
    lifeEvent: params.lifeEvent || undefined,
    organization: params.organization || undefined,
    locale: params.locale,
    page: params.page ?? 1,
    pageSize: params.pageSize ?? 20,
  } satisfies SearchServicesInput;
  return cachedQuery('catalog.search', input, () => trpc.catalog.search.query(input), {
    fallback: () => searchSaved(input),
  });
}

export const getSearchResults = query(searchServices, 'catalog.search');
