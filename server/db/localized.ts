import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Locale } from '../../shared/i18n/locale';

/** Reads one language out of a jsonb {it, en} column. */
export function localizedText(column: AnyPgColumn, locale: Locale): SQL<string> {
  return sql<string>`${column}->>${locale}`;
}
