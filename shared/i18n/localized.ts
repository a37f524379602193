import type { Locale } from './locales';

/**
 * One language out of a text kept in both (a service's title, an office's name, a form's label, a
 * message): the reader's, or the Italian one where the other is missing. Imports nothing heavy, so the
 * entry chunk can use it. server/db/localized.ts is the same choice made in SQL.
 */
export function localize<T>(text: Readonly<Record<Locale, T>>, locale: Locale): T {
  return text[locale] || text.it;
}
