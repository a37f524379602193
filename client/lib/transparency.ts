import { query } from '@solidjs/router';
import type { Organization } from '../../shared/catalog/api';
import type { Locale } from '../../shared/i18n/locales';
import { getOrganizations } from './catalog';
import { organization } from './organization';
import { trpc } from './trpc';

/**
 * Response times ("Tempi di risposta"): public figures of an organization's requests over the last days,
 * read as a router query. The locale is part of the key: service titles come back in the reader's language.
 */
export const getStats = query(
  (organization: string, _locale: Locale) => trpc.transparency.stats.query({ organization }),
  'transparency.stats',
);

/**
 * The organization in the address, else the one the citizen follows, else the one with the most
 * services (a regional network's municipality rather than an agency with a handful of them).
 */
export function chooseOrganization(
  fromAddress: string | undefined,
  followed: string | undefined,
  organizations: Organization[] | undefined,
): string | undefined {
  if (fromAddress) return fromAddress;
  const known = organizations ?? [];
  const largest = known.reduce<Organization | undefined>(
    (best, entry) => (!best || entry.serviceCount > best.serviceCount ? entry : best),
    undefined,
  );
  return known.find((entry) => entry.slug === followed)?.slug ?? largest?.slug;
}

/** For the route preload: the organizations, and the figures of the one the page will show. */
export function preloadStats(fromAddress: string | undefined, language: Locale): void {
  getOrganizations(language)
    .catch(() => undefined)
    .then((organizations) => {
      const slug = chooseOrganization(fromAddress, organization(), organizations?.data);
      if (slug) return getStats(slug, language);
    })
    .catch(() => undefined);
}

/** The same figures as open data, served by the server for every organization. */
export const openDataFiles = {
  csv: '/opendata/requests-stats.csv',
  json: '/opendata/requests-stats.json',
} as const;

export { type OpenDataColumn, openDataColumns } from '../../shared/requests/api';
