import type { Locale } from '../i18n/locales';

const intlLocale: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

// Building an Intl.DateTimeFormat costs far more than using one: keep one per language and zone.
const momentFormats = new Map<string, Intl.DateTimeFormat>();

/** "martedì 3 dicembre 2026, 09:15": an instant as the office's wall clock shows it. */
export function formatSlotMoment(instant: string | Date, timeZone: string, locale: Locale): string {
  const key = `${locale}|${timeZone}`;
  let format = momentFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    momentFormats.set(key, format);
  }
  return format.format(new Date(instant));
}

/** "martedì 3 dicembre 2026": a civil date, with no zone to shift it. */
export function formatLocalDate(date: string, locale: Locale, options: { year?: boolean } = {}): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(options.year !== false && { year: 'numeric' }),
  }).format(new Date(`${date}T12:00:00Z`));
}

/** The same text in both languages, for messages stored once and read in either. */
export function inBothLocales(format: (locale: Locale) => string): Record<Locale, string> {
  return { it: format('it'), en: format('en') };
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant on a zone's wall clock: its local date (YYYY-MM-DD) and time (HH:mm). */
export function wallClock(instant: Date, timeZone: string): { localDate: string; localTime: string } {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    wallFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return { localDate: `${parts.year}-${parts.month}-${parts.day}`, localTime: `${parts.hour}:${parts.minute}` };
}
