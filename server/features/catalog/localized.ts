import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Locale } from '../../../shared/i18n/locale';
import { organizations } from '../../db/tables/catalog';

/** Reads one language out of a jsonb {it, en} column. */
export function localizedText(column: AnyPgColumn, locale: Locale): SQL<string> {
  return sql<string>`${column}->>${locale}`;
}

/** The public columns of an organization, in one language. */
export function organizationColumns(locale: Locale) {
  return {
    slug: organizations.slug,
    kind: organizations.kind,
    name: localizedText(organizations.name, locale),
    description: localizedText(organizations.description, locale),
    website: organizations.website,
    email: organizations.email,
    pec: organizations.pec,
    phone: organizations.phone,
    taxCode: organizations.taxCode,
  };
}
