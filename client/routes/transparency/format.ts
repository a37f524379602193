import type { Locale } from '../../../shared/i18n/locales';
import type { DeadlineKind } from '../../../shared/requests/api';
import { plural } from '../../lib/i18n';

/** The figures in the reader's language; "—" where nothing was decided, so there is nothing to measure. */
const tags: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };
export const nothing = '—';

export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(tags[locale]).format(value);
}

/** "12 giorni", "4,5 giorni". */
export function formatDays(value: number | null, locale: Locale): string {
  if (value === null) return nothing;
  return new Intl.NumberFormat(tags[locale], {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
}

/** 0.873 → "87%". */
export function formatShare(value: number | null, locale: Locale): string {
  if (value === null) return nothing;
  return new Intl.NumberFormat(tags[locale], { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** "3 marzo 2026": a civil date (YYYY-MM-DD), with no zone to shift it. */
export function formatDay(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** "30 giorni di calendario", "20 giorni lavorativi". */
export function formatTerm(deadline: { days: number; kind: DeadlineKind }): string {
  return deadline.kind === 'working'
    ? plural('transparency.deadline.working', deadline.days)
    : plural('transparency.deadline.calendar', deadline.days);
}
