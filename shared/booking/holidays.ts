import type { LocalizedText } from '../catalog/content';

/** A day of the year, as a patron saint's feast is given: month 1–12, day 1–31. */
export interface MonthDay {
  month: number;
  day: number;
}

/** The patron saint's day of a municipality or office; the name is optional, a generic one is used. */
export interface PatronSaintDay extends MonthDay {
  name?: LocalizedText;
}

export interface HolidayOptions {
  patronSaint?: PatronSaintDay;
}

export type HolidayKind = 'national' | 'patron';

/** A public holiday on an ISO local date (YYYY-MM-DD), with its name in each language. */
export interface Holiday {
  date: string;
  kind: HolidayKind;
  name: LocalizedText;
}

interface FixedHoliday extends MonthDay {
  name: LocalizedText;
  /** First year the day is a public holiday, for days (re)instated by law. */
  since?: number;
}

/** The fixed national holidays of law 260/1949 art. 2 as amended, Sundays aside. */
const fixedHolidays: readonly FixedHoliday[] = [
  { month: 1, day: 1, name: { it: 'Capodanno', en: "New Year's Day" } },
  { month: 1, day: 6, name: { it: 'Epifania', en: 'Epiphany' } },
  { month: 4, day: 25, name: { it: 'Festa della Liberazione', en: 'Liberation Day' } },
  { month: 5, day: 1, name: { it: 'Festa del Lavoro', en: 'Labour Day' } },
  { month: 6, day: 2, name: { it: 'Festa della Repubblica', en: 'Republic Day' } },
  { month: 8, day: 15, name: { it: 'Ferragosto (Assunzione)', en: 'Assumption Day' } },
  // Law 8 October 2025 n. 151 (Gazzetta Ufficiale n. 236/2025), in force from 1 January 2026, makes the feast
  // of Saint Francis of Assisi, patron of Italy, a national holiday again (it had been dropped in 1977).
  {
    month: 10,
    day: 4,
    since: 2026,
    name: { it: "San Francesco d'Assisi, patrono d'Italia", en: 'Saint Francis of Assisi, patron of Italy' },
  },
  { month: 11, day: 1, name: { it: 'Ognissanti', en: "All Saints' Day" } },
  { month: 12, day: 8, name: { it: 'Immacolata Concezione', en: 'Immaculate Conception' } },
  { month: 12, day: 25, name: { it: 'Natale', en: 'Christmas Day' } },
  { month: 12, day: 26, name: { it: 'Santo Stefano', en: "Saint Stephen's Day" } },
];

const easterName: LocalizedText = { it: 'Pasqua', en: 'Easter Sunday' };
const easterMondayName: LocalizedText = { it: "Lunedì dell'Angelo (Pasquetta)", en: 'Easter Monday' };
const patronName: LocalizedText = { it: 'Festa del santo patrono', en: "Patron saint's day" };

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** ISO local date of a civil day; out-of-range days roll over (31 March + 1 is 1 April), as Date.UTC does. */
export function formatCivilDate(year: number, month: number, day: number): string {
  // setUTCFullYear rather than Date.UTC, which would read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Easter Sunday of a Gregorian year (anonymous Meeus/Jones/Butcher algorithm), as YYYY-MM-DD. */
export function computeEasterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatCivilDate(year, month, day);
}

/** Every public holiday of a year in date order; a patron's day that falls on a national holiday is listed once. */
export function listHolidays(year: number, options: HolidayOptions = {}): Holiday[] {
  const holidays: Holiday[] = fixedHolidays
    .filter((holiday) => holiday.since === undefined || year >= holiday.since)
    .map((holiday) => ({
      date: formatCivilDate(year, holiday.month, holiday.day),
      kind: 'national',
      name: holiday.name,
    }));
  const easter = computeEasterSunday(year);
  const [, easterMonth, easterDay] = easter.split('-').map(Number) as [number, number, number];
  holidays.push({ date: easter, kind: 'national', name: easterName });
  holidays.push({
    date: formatCivilDate(year, easterMonth, easterDay + 1),
    kind: 'national',
    name: easterMondayName,
  });
  const patron = options.patronSaint;
  if (patron) {
    const date = formatCivilDate(year, patron.month, patron.day);
    if (!holidays.some((holiday) => holiday.date === date)) {
      holidays.push({ date, kind: 'patron', name: patron.name ?? patronName });
    }
  }
  return holidays.sort((left, right) => left.date.localeCompare(right.date));
}

// Slot generation asks about every day of a month at a time: holidays by date, per year and patron's day.
const holidaysByYear = new Map<string, Map<string, Holiday>>();

/** The holiday on an ISO local date (YYYY-MM-DD), if any. */
export function findHoliday(date: string, options: HolidayOptions = {}): Holiday | undefined {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year)) return undefined;
  const patron = options.patronSaint;
  const key = `${year}:${patron ? `${patron.month}-${patron.day}-${patron.name?.it ?? ''}-${patron.name?.en ?? ''}` : ''}`;
  let byDate = holidaysByYear.get(key);
  if (!byDate) {
    if (holidaysByYear.size > 1000) holidaysByYear.clear();
    byDate = new Map(listHolidays(year, options).map((holiday) => [holiday.date, holiday]));
    holidaysByYear.set(key, byDate);
  }
  return byDate.get(date);
}

export function isHoliday(date: string, options: HolidayOptions = {}): boolean {
  return findHoliday(date, options) !== undefined;
}
