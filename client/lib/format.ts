import type { Weekday } from '../../shared/catalog/weekdays';
import type { Locale } from '../../shared/i18n/locales';

/** Dates and names formatted with Intl in the reader's language; Italian uses the Italian conventions. */
const tags: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'long' }).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

// 1 January 2024 was a Monday: day n of that week names weekday n in any language.
const weekdayIndex: Record<Weekday, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

export function weekdayName(day: Weekday, locale: Locale): string {
  const name = new Intl.DateTimeFormat(tags[locale], { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, weekdayIndex[day]),
  );
  return name.charAt(0).toLocaleUpperCase(tags[locale]) + name.slice(1);
}

/** "08:30" stays "08:30" in Italian and English (24-hour clock, as offices publish their hours). */
export function formatTimeRange(opens: string, closes: string): string {
  return `${opens}–${closes}`;
}

export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(tags[locale], { style: 'long', type: 'conjunction' }).format(items);
}
