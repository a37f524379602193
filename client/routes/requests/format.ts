import type { Locale } from '../../../shared/i18n/locales';

/** Small formatting helpers with no heavy imports: the Scrivania uses them too. */
const tags: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

export function intlTag(locale: Locale): string {
  return tags[locale];
}

/** 12 dicembre 2026: a civil date with no zone to shift it. */
export function formatCivilDate(date: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}
