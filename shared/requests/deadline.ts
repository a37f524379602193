import { type HolidayOptions, isHoliday, type PatronSaintDay } from '../booking/holidays';
import type { LocalDate } from '../booking/schedule';
import type { DeadlineKind, DeadlineView } from './api';

/**
 * The legal term of a request (L. 241/1990, art. 2): how many days the office has to decide, counted
 * the way Italian law counts terms, and where the request stands against it today.
 */

/** The term stands still from `from` (the day the office asks the citizen for more) until `to` (excluded). */
export type DeadlinePause = { from: LocalDate; to: LocalDate | null };

export interface DeadlineInput {
  days: number;
  kind: DeadlineKind;
  submittedOn: LocalDate;
  pauses: readonly DeadlinePause[];
  decidedOn: LocalDate | null;
  today: LocalDate;
  isHoliday: (date: LocalDate) => boolean;
  /** Counting days left at or under which a request is due soon; 5 unless given. */
  dueSoonDays?: number;
}

const dayMs = 86_400_000;
// A term of a few months with pauses ends well within this; past it the input is broken (a holiday
// checker that says every day is a holiday), and a loud error beats a hung server.
const maxWalkDays = 5 * 366;

/** Days since 1970-01-01: plain integers make walking and comparing days cheap and zone-free. */
function dayNumber(date: LocalDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / dayMs);
}

function localDate(day: number): LocalDate {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

interface Calendar {
  kind: DeadlineKind;
  isHoliday: (date: LocalDate) => boolean;
  /** Pauses as [from, to) day numbers; an open pause runs to Infinity. */
  pauses: readonly { from: number; to: number }[];
}

function isWorkingDay(day: number, calendar: Calendar): boolean {
  // 1970-01-01 was a Thursday: day 0 is weekday 4 counting from Sunday = 0.
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6 && !calendar.isHoliday(localDate(day));
}

function isPausedOn(day: number, calendar: Calendar): boolean {
  return calendar.pauses.some((pause) => day >= pause.from && day < pause.to);
}

/** A day that uses up the term: any day for calendar terms, working days for working terms; never a paused one. */
function countsOn(day: number, calendar: Calendar): boolean {
  if (isPausedOn(day, calendar)) return false;
  return calendar.kind === 'calendar' || isWorkingDay(day, calendar);
}

/** Counting days in (after, upTo]: how far apart two days are in the term's own units. */
function countBetween(after: number, upTo: number, calendar: Calendar): number {
  let count = 0;
  for (let day = after + 1; day <= upTo; day++) if (countsOn(day, calendar)) count++;
  return count;
}

/** Negative counting days past the due day; 0 - n rather than -n, so being late by nothing is not -0. */
function lateBy(dueDay: number, day: number, calendar: Calendar): number {
  return 0 - countBetween(dueDay, day, calendar);
}

type Walk = { dueDay: number } | { pausedAfter: number };

/** Walks the term day by day from submission until it is used up, or until an open pause stops it. */
function walkTerm(submittedDay: number, days: number, calendar: Calendar): Walk {
  const openFrom = Math.min(
    ...calendar.pauses.filter((pause) => pause.to === Number.POSITIVE_INFINITY).map((pause) => pause.from),
  );
  // Dies a quo non computatur (art. 2963 c.c., art. 155 c.p.c.): the day of submission does not count.
  let counted = 0;
  let day = submittedDay;
  while (counted < days) {
    day++;
    if (day - submittedDay > maxWalkDays) throw new RangeError(`deadline of ${days} days never ends`);
    if (day >= openFrom) return { pausedAfter: counted };
    if (countsOn(day, calendar)) counted++;
  }
  // A calendar term that ends on a Saturday, Sunday or holiday is extended to the next working day
  // (art. 2963 c. 3 c.c., art. 155 c. 4–5 c.p.c.); a working-day term always ends on a working day.
  if (calendar.kind === 'calendar') {
    const lastDay = day;
    while (!isWorkingDay(day, calendar)) {
      day++;
      if (day - lastDay > maxWalkDays) throw new RangeError('no working day after the deadline');
    }
  }
  return { dueDay: day };
}

/** Where a request stands against its legal term; pure, so the queue and the citizen's page agree. */
export function describeDeadline(input: DeadlineInput): DeadlineView {
  const submittedDay = dayNumber(input.submittedOn);
  const decidedDay = input.decidedOn === null ? null : dayNumber(input.decidedOn);
  const calendar: Calendar = {
    kind: input.kind,
    isHoliday: input.isHoliday,
    // A decision stops the clock for good: a pause still open then ends on the day of the decision.
    pauses: input.pauses.map((pause) => ({
      from: dayNumber(pause.from),
      to: pause.to !== null ? dayNumber(pause.to) : (decidedDay ?? Number.POSITIVE_INFINITY),
    })),
  };
  const base = { days: input.days, kind: input.kind };
  const walk = walkTerm(submittedDay, input.days, calendar);

  // Art. 2 c. 7 L. 241/1990: while the office waits for the citizen the term is suspended, and what is
  // left of it starts again when the answer arrives.
  if ('pausedAfter' in walk) {
    return { ...base, dueDate: null, remainingDays: input.days - walk.pausedAfter, state: 'paused' };
  }
  const { dueDay } = walk;
  const dueDate = localDate(dueDay);

  // Decided requests are measured on the day of the decision: how early, or how late, it came.
  if (decidedDay !== null) {
    return decidedDay <= dueDay
      ? { ...base, dueDate, remainingDays: countBetween(decidedDay, dueDay, calendar), state: 'met' }
      : { ...base, dueDate, remainingDays: lateBy(dueDay, decidedDay, calendar), state: 'missed' };
  }

  // An open pause that began after the term had run out cannot revive it: the request stays overdue.
  const todayDay = dayNumber(input.today);
  if (todayDay > dueDay) {
    return { ...base, dueDate, remainingDays: lateBy(dueDay, todayDay, calendar), state: 'overdue' };
  }
  const remainingDays = countBetween(Math.max(todayDay, submittedDay), dueDay, calendar);
  const state = remainingDays <= (input.dueSoonDays ?? 5) ? 'due_soon' : 'on_time';
  return { ...base, dueDate, remainingDays, state };
}

/** The holidays that stop working-day terms and move calendar ones: national ones and the patron's day. */
export function holidayChecker(patronSaint?: PatronSaintDay): (date: LocalDate) => boolean {
  const options: HolidayOptions = patronSaint ? { patronSaint } : {};
  return (date) => isHoliday(date, options);
}
