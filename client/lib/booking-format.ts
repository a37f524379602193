import { formatLocalDate } from '../../shared/booking/format';
import type { Locale } from '../../shared/i18n/locales';

/**
 * Appointment dates as people say them ("martedì 3 dicembre"). The dates are already the office's own
 * calendar days, so they are formatted as UTC midnights: the device's time zone never shifts a day.
 */
const tags: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

function format(date: string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(tags[locale], { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** "martedì 3 dicembre" */
export const formatDay = (date: string, locale: Locale) => formatLocalDate(date, locale, { year: false });

/** "martedì 3 dicembre 2024" */
export const formatFullDay = (date: string, locale: Locale) => formatLocalDate(date, locale);

/** "dicembre 2024", capitalized as a heading. */
export function formatMonth(month: string, locale: Locale): string {
  const name = format(`${month}-01`, locale, { month: 'long', year: 'numeric' });
  return name.charAt(0).toLocaleUpperCase(tags[locale]) + name.slice(1);
}

/** Column headers of the month grid, Monday first: short to show, long for screen readers. */
export function weekdayNames(locale: Locale): { short: string; long: string }[] {
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const date = `2024-01-0${index + 1}`;
    return {
      short: format(date, locale, { weekday: 'short' }),
      long: format(date, locale, { weekday: 'long' }),
    };
  });
}

/** "9:42" left of a hold, from milliseconds. */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Whether the device's clock runs in another zone than the office: then times say whose they are. */
export function isOtherTimeZone(timeZone: string): boolean {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone !== timeZone;
  } catch {
    return false;
  }
}

/** "10:42": an instant on a 24-hour clock, the device's own unless the zone of an office is given. */
export function formatClock(instant: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(tags[locale], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone && { timeZone }),
  }).format(new Date(instant));
}

/** "lunedì 30 novembre": the day an instant falls on at an office. */
export function formatZonedDay(instant: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(tags[locale], { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(
    new Date(instant),
  );
}
