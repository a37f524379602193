import { tzOffset } from '@date-fns/tz';
import type { LocalizedText } from '../catalog/content';
import { type Weekday, weekdays } from '../catalog/weekdays';
import { findHoliday, formatCivilDate } from './holidays';
import { type BookableService, LocalDateSchema, type OfficeSchedule, type Slot } from './schedule';

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

// Local dates are civil days with no zone: plain UTC arithmetic on them is DST-free, and measured some
// hundred times faster than date-fns with a UTC context, which matters for 30-day availability.
const civilParts = (date: string) => date.split('-').map(Number) as [number, number, number];

export function addLocalDays(date: string, days: number): string {
  const [year, month, day] = civilParts(date);
  return formatCivilDate(year, month, day + days);
}

function weekdayOf(date: string): Weekday {
  const [year, month, day] = civilParts(date);
  // getUTCDay counts from Sunday; our week starts on Monday.
  return weekdays[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7]!;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const pad = (value: number) => String(value).padStart(2, '0');
const formatMinutes = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

function wallAsUtc(date: string, minutes: number): number {
  const [year, month, day] = civilParts(date);
  return Date.UTC(year, month - 1, day, 0, minutes);
}

/**
 * The local day in `timeZone` at an instant: one offset lookup and UTC arithmetic. date-fns's `format`
 * with a zone builds several zoned dates per call, which was the dearest part of checking a requested slot.
 */
export function localDateAt(instant: number | Date, timeZone: string): string {
  const at = typeof instant === 'number' ? instant : instant.getTime();
  const local = new Date(at + tzOffset(timeZone, new Date(at)) * minuteMs);
  return formatCivilDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/** The zone's offset for a whole local day when no change happens near it (nearly every day), else undefined. */
function steadyOffset(timeZone: string, date: string): number | undefined {
  const offset = tzOffset(timeZone, new Date(wallAsUtc(date, 0) - dayMs));
  return offset === tzOffset(timeZone, new Date(wallAsUtc(date, 24 * 60) + dayMs)) ? offset : undefined;
}

/**
 * The instant of a wall-clock time on a local day. A time that occurs twice (autumn fall-back) is its first
 * occurrence; a time that never occurs (spring gap) has exists: false and is placed with the offset in force
 * before the gap, i.e. just after it, as RFC 5545 and Temporal's "compatible" disambiguation do.
 * TZDate alone would pick the second occurrence of an ambiguous time, hence the explicit candidates.
 */
function resolveWallTime(timeZone: string, date: string, minutes: number): { instant: number; exists: boolean } {
  const wall = wallAsUtc(date, minutes);
  const offsetBefore = tzOffset(timeZone, new Date(wall - dayMs));
  const offsetAfter = tzOffset(timeZone, new Date(wall + dayMs));
  if (offsetBefore === offsetAfter) return { instant: wall - offsetBefore * minuteMs, exists: true };
  const occurrences = [offsetBefore, offsetAfter]
    .map((offset) => ({ offset, instant: wall - offset * minuteMs }))
    .filter((candidate) => tzOffset(timeZone, new Date(candidate.instant)) === candidate.offset)
    .map((candidate) => candidate.instant);
  if (occurrences.length > 0) return { instant: Math.min(...occurrences), exists: true };
  return { instant: wall - offsetBefore * minuteMs, exists: false };
}

/** Why an office does not receive on a day: a public holiday (national or patron) or a closure. */
export interface DayClosure {
  kind: 'holiday' | 'closure';
  reason: LocalizedText;
}

export function findDayClosure(schedule: OfficeSchedule, date: string): DayClosure | undefined {
  const holiday = findHoliday(date, { patronSaint: schedule.patronSaint });
  if (holiday) return { kind: 'holiday', reason: holiday.name };
  const closure = schedule.closures.find((candidate) => candidate.from <= date && date <= candidate.to);
  return closure ? { kind: 'closure', reason: closure.reason } : undefined;
}

/**
 * The slots a schedule generates on one local day, whatever the current time. Slots are laid on the wall
 * clock from each range's opening, slotMinutes long and bufferMinutes apart; each lasts slotMinutes of real
 * time and must end by the range's closing instant. Start times missing from the day (spring gap) are
 * skipped, as is a slot that would overlap the previous one once the gap has been crossed.
 */
export function listDaySlots(schedule: OfficeSchedule, service: BookableService, date: string): readonly Slot[] {
  if (findDayClosure(schedule, date)) return [];
  const ranges = schedule.weeklyHours[weekdayOf(date)] ?? [];
  const key = `${schedule.timeZone}|${date}|${service.slotMinutes}|${service.bufferMinutes}|${service.capacity}|${JSON.stringify(ranges)}`;
  const known = daySlotsCache.get(key);
  if (known) return known;
  if (daySlotsCache.size >= maxCachedDays) daySlotsCache.clear();
  const slots = layDaySlots(schedule.timeZone, service, date, ranges);
  daySlotsCache.set(key, slots);
  return slots;
}

// A day's slots depend only on its zone, date, opening ranges and slot rules, and availability asks for
// the same days over and over: keep them, keyed by exactly those inputs, so a changed rule is a new key.
const daySlotsCache = new Map<string, readonly Slot[]>();
const maxCachedDays = 20_000;

function layDaySlots(
  timeZone: string,
  service: BookableService,
  date: string,
  dayRanges: readonly { opens: string; closes: string }[],
): readonly Slot[] {
  const ranges = [...dayRanges].sort((left, right) => left.opens.localeCompare(right.opens));
  // Resolving each wall time through the zone costs Intl calls; on a day without a change one offset does.
  const offset = steadyOffset(timeZone, date);
  const midnight = wallAsUtc(date, 0);
  const resolve = (minutes: number) =>
    offset === undefined
      ? resolveWallTime(timeZone, date, minutes)
      : { instant: midnight + (minutes - offset) * minuteMs, exists: true };
  const slots: Slot[] = [];
  let dayFloor = Number.NEGATIVE_INFINITY;
  for (const range of ranges) {
    const closes = minutesOf(range.closes);
    const closingInstant = resolve(closes).instant;
    let earliest = dayFloor;
    for (let wall = minutesOf(range.opens); wall < closes; wall += service.slotMinutes + service.bufferMinutes) {
      const start = resolve(wall);
      const end = start.instant + service.slotMinutes * minuteMs;
      if (!start.exists || start.instant < earliest || end > closingInstant) continue;
      slots.push({
        start: new Date(start.instant).toISOString(),
        end: new Date(end).toISOString(),
        localDate: date,
        localTime: formatMinutes(wall),
        capacity: service.capacity,
      });
      dayFloor = end;
      earliest = end + service.bufferMinutes * minuteMs;
    }
  }
  return Object.freeze(slots);
}

/** What `now` allows: slots from earliestStart on, on local days from today to lastDate included. */
export interface BookingHorizon {
  today: string;
  lastDate: string;
  earliestStart: Date;
}

export function computeBookingHorizon(params: {
  schedule: OfficeSchedule;
  service: BookableService;
  now: Date;
}): BookingHorizon {
  const today = localDateAt(params.now, params.schedule.timeZone);
  return {
    today,
    lastDate: addLocalDays(today, params.service.bookingWindowDays),
    earliestStart: new Date(params.now.getTime() + params.service.minNoticeMinutes * minuteMs),
  };
}

export interface GenerateSlotsInput {
  schedule: OfficeSchedule;
  service: BookableService;
  /** First local day, YYYY-MM-DD in the office's zone. */
  from: string;
  /** Last local day, included. */
  to: string;
  now: Date;
}

/** The bookable slots between two local days, in time order, as seen at `now`. */
export function generateSlots(input: GenerateSlotsInput): Slot[] {
  if (!LocalDateSchema.safeParse(input.from).success || !LocalDateSchema.safeParse(input.to).success) {
    throw new RangeError(`from and to must be YYYY-MM-DD dates, got ${input.from} and ${input.to}`);
  }
  const horizon = computeBookingHorizon(input);
  // ISO dates order as strings: start at the later of from and today, stop at the earlier of to and lastDate.
  const [, first] = [input.from, horizon.today].sort();
  const [last] = [input.to, horizon.lastDate].sort();
  const earliest = horizon.earliestStart.getTime();
  const slots: Slot[] = [];
  for (let date = first!; date <= last!; date = addLocalDays(date, 1)) {
    for (const slot of listDaySlots(input.schedule, input.service, date)) {
      if (Date.parse(slot.start) >= earliest) slots.push(slot);
    }
  }
  return slots;
}

export interface SlotQuery {
  schedule: OfficeSchedule;
  service: BookableService;
  start: Date | string;
  /** When given, the slot must also be bookable at this instant (notice and window). */
  now?: Date;
}

/** The slot the schedule generates starting exactly at `start`, so a forged or shifted start finds nothing. */
export function findGeneratedSlot(query: SlotQuery): Slot | undefined {
  const instant = typeof query.start === 'string' ? Date.parse(query.start) : query.start.getTime();
  if (!Number.isFinite(instant)) return undefined;
  const date = localDateAt(instant, query.schedule.timeZone);
  const slot = listDaySlots(query.schedule, query.service, date).find((day) => Date.parse(day.start) === instant);
  if (!slot || !query.now) return slot;
  const horizon = computeBookingHorizon({ schedule: query.schedule, service: query.service, now: query.now });
  const bookable = instant >= horizon.earliestStart.getTime() && slot.localDate <= horizon.lastDate;
  return bookable ? slot : undefined;
}

export function isGeneratedSlot(query: SlotQuery): boolean {
  return findGeneratedSlot(query) !== undefined;
}

export interface DaySlots<T> {
  localDate: string;
  slots: T[];
}

/** Slots grouped by local day, days in the order first met; generic so availability can add free places. */
export function groupSlotsByDay<T extends { localDate: string }>(slots: readonly T[]): DaySlots<T>[] {
  const days = new Map<string, T[]>();
  for (const slot of slots) {
    const day = days.get(slot.localDate);
    if (day) day.push(slot);
    else days.set(slot.localDate, [slot]);
  }
  return [...days].map(([localDate, daySlots]) => ({ localDate, slots: daySlots }));
}

/** Why a start instant cannot be booked now, from the citizen's point of view, most telling reason first. */
export type SlotProblem =
  | { kind: 'in_past' }
  | { kind: 'beyond_window'; lastDate: string }
  | { kind: 'office_closed'; closure: DayClosure }
  | { kind: 'not_in_schedule' }
  | { kind: 'too_soon'; earliestStart: Date };

export type SlotCheck = { ok: true; slot: Slot } | { ok: false; problem: SlotProblem };

/** Checks a requested start against the schedule as seen at `now`; the generated slot when it is bookable. */
export function checkSlot(query: SlotQuery & { now: Date }): SlotCheck {
  const instant = typeof query.start === 'string' ? Date.parse(query.start) : query.start.getTime();
  if (!Number.isFinite(instant)) return { ok: false, problem: { kind: 'not_in_schedule' } };
  if (instant <= query.now.getTime()) return { ok: false, problem: { kind: 'in_past' } };
  const horizon = computeBookingHorizon({ schedule: query.schedule, service: query.service, now: query.now });
  const date = localDateAt(instant, query.schedule.timeZone);
  if (date > horizon.lastDate) return { ok: false, problem: { kind: 'beyond_window', lastDate: horizon.lastDate } };
  const closure = findDayClosure(query.schedule, date);
  if (closure) return { ok: false, problem: { kind: 'office_closed', closure } };
  const slot = listDaySlots(query.schedule, query.service, date).find((day) => Date.parse(day.start) === instant);
  if (!slot) return { ok: false, problem: { kind: 'not_in_schedule' } };
  if (instant < horizon.earliestStart.getTime()) {
    return { ok: false, problem: { kind: 'too_soon', earliestStart: horizon.earliestStart } };
  }
  return { ok: true, slot };
}
