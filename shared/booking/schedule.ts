import { z } from 'zod';
import { LocalizedTextSchema, type OpeningRangeSchema, WeeklyHoursSchema, weekdays } from '../catalog/content';

/** A calendar day in the office's zone, YYYY-MM-DD, a real date (no 31 April). */
export const LocalDateSchema = z.iso.date();
export type LocalDate = z.infer<typeof LocalDateSchema>;

/** Wall-clock time of day, HH:mm. */
export const LocalTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

// Offsets such as "+01:00" are refused: they have no DST rules, so a schedule written with one goes wrong
// half of the year.
const ianaZoneName = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

export function isKnownTimeZone(timeZone: string): boolean {
  if (!ianaZoneName.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z
  .string()
  .refine(isKnownTimeZone, { message: 'must be an IANA time zone such as Europe/Rome' });

export const defaultTimeZone = 'Europe/Rome';

/** Days per month in a common year: a patron's day on 29 February would vanish three years out of four. */
const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const PatronSaintDaySchema = z
  .object({
    month: z.int().min(1).max(12),
    day: z.int().min(1).max(31),
    name: LocalizedTextSchema.optional(),
  })
  .refine((patron) => patron.day <= (daysInMonth[patron.month - 1] ?? 0), {
    message: 'day does not exist in that month',
    path: ['day'],
  });

export type PatronSaintDay = z.infer<typeof PatronSaintDaySchema>;

/** The office is closed from `from` to `to`, both days included. */
export const ClosureSchema = z
  .object({ from: LocalDateSchema, to: LocalDateSchema, reason: LocalizedTextSchema })
  .refine((closure) => closure.from <= closure.to, { message: 'from must not be after to', path: ['to'] });
export type Closure = z.infer<typeof ClosureSchema>;

type OpeningRange = z.infer<typeof OpeningRangeSchema>;

function overlaps(ranges: readonly OpeningRange[]): boolean {
  const sorted = [...ranges].sort((left, right) => left.opens.localeCompare(right.opens));
  return sorted.some((range, index) => index > 0 && range.opens < sorted[index - 1]!.closes);
}

/** When an office receives the public: zone, weekly hours, closures and the local patron's day. */
export const OfficeScheduleSchema = z
  .object({
    timeZone: TimeZoneSchema.default(defaultTimeZone),
    weeklyHours: WeeklyHoursSchema,
    closures: z.array(ClosureSchema).max(1000).default([]),
    patronSaint: PatronSaintDaySchema.optional(),
  })
  .superRefine((schedule, context) => {
    for (const day of weekdays) {
      const ranges = schedule.weeklyHours[day];
      if (ranges && overlaps(ranges)) {
        context.addIssue({
          code: 'custom',
          message: 'opening ranges of a day must not overlap',
          path: ['weeklyHours', day],
        });
      }
    }
  });
export type OfficeSchedule = z.infer<typeof OfficeScheduleSchema>;

export const bookingModes = ['in_person', 'phone', 'video'] as const;
export const BookingModeSchema = z.enum(bookingModes);
export type BookingMode = z.infer<typeof BookingModeSchema>;

const minutesPerDay = 24 * 60;

/** How a service is booked at one office. */
export const BookableServiceSchema = z
  .object({
    slotMinutes: z.int().min(5).max(240),
    /** Places per slot: the number of desks serving it at once. */
    capacity: z.int().min(1).max(100).default(1),
    /** Pause between two consecutive slots of an opening range. */
    bufferMinutes: z.int().min(0).max(120).default(0),
    /** A slot can be booked only if it starts at least this long after now. */
    minNoticeMinutes: z
      .int()
      .min(0)
      .max(30 * minutesPerDay)
      .default(60),
    /** How many days ahead of today (office zone) slots are open for booking. */
    bookingWindowDays: z.int().min(1).max(365).default(60),
    /** A booking can be cancelled until this long before its start. */
    cancelDeadlineMinutes: z
      .int()
      .min(0)
      .max(14 * minutesPerDay)
      .default(24 * 60),
    mode: BookingModeSchema.default('in_person'),
  })
  .refine((service) => service.minNoticeMinutes < service.bookingWindowDays * minutesPerDay, {
    message: 'minimum notice must be shorter than the booking window, or nothing could ever be booked',
    path: ['minNoticeMinutes'],
  });
export type BookableService = z.infer<typeof BookableServiceSchema>;

/** A generated slot: start and end are UTC instants (ISO 8601), localDate/localTime the office's wall clock. */
export const SlotSchema = z.object({
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  localDate: LocalDateSchema,
  localTime: LocalTimeSchema,
  capacity: z.int().min(1),
});
export type Slot = z.infer<typeof SlotSchema>;
