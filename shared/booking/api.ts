import { z } from 'zod';
import { EmailSchema, FiscalCodeSchema } from '../auth/api';
import { slug } from '../catalog/content';
import { phoneNumberPattern } from '../identity/phone';
import { multiLineText, singleLineText } from '../text';
import { isBookingCode, normalizeBookingCode } from './code';
import { BookingModeSchema, LocalDateSchema, LocalTimeSchema } from './schedule';

/** Inputs and outputs of booking.*: the public contract of appointments. */

/** A booking code as people type it: any case, with or without the dash. */
export const BookingCodeSchema = z
  .string()
  .max(40)
  .transform(normalizeBookingCode)
  .refine(isBookingCode, { error: 'invalid booking code' });

/** Longest date range one availability call covers: a month and a bit, what the picker shows at once. */
export const maxAvailabilityDays = 62;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

export const AvailabilityInput = z
  .object({
    service: slug,
    /** Only this office; without it, every office where the service can be booked. */
    office: slug.optional(),
    from: LocalDateSchema,
    to: LocalDateSchema,
  })
  .refine((input) => input.from <= input.to, {
    message: 'from must not be after to',
    path: ['to'],
    params: { rule: 'notBeforeStart' },
  })
  .refine((input) => dayNumber(input.to) - dayNumber(input.from) < maxAvailabilityDays, {
    message: `at most ${maxAvailabilityDays} days at a time`,
    path: ['to'],
    params: { rule: 'rangeTooLong', max: maxAvailabilityDays - 1 },
  });
export type AvailabilityInput = z.input<typeof AvailabilityInput>;

export const SlotAvailability = z.object({
  start: z.string(),
  end: z.string(),
  localTime: LocalTimeSchema,
  capacity: z.int(),
  free: z.int(),
});
export type SlotAvailability = z.infer<typeof SlotAvailability>;

export const DayAvailability = z.object({
  date: LocalDateSchema,
  /** Free places over the whole day. */
  free: z.int(),
  /** Why the office does not receive that day (holiday, closure), in the caller's language. */
  closed: z.object({ kind: z.enum(['holiday', 'closure']), reason: z.string() }).nullable(),
  slots: z.array(SlotAvailability),
});
export type DayAvailability = z.infer<typeof DayAvailability>;

export const BookingOffice = z.object({
  slug: z.string(),
  name: z.string(),
  address: z.string(),
  timeZone: z.string(),
});
export type BookingOffice = z.infer<typeof BookingOffice>;

export const OfficeAvailability = z.object({
  office: BookingOffice,
  mode: BookingModeSchema,
  slotMinutes: z.int(),
  /** A booking can be cancelled or moved online until this long before it starts. */
  cancelDeadlineMinutes: z.int(),
  /** First and last day that can be booked today (office zone), for the picker's bounds. */
  bookableFrom: LocalDateSchema,
  bookableTo: LocalDateSchema,
  days: z.array(DayAvailability),
  /** The first free slot after the range, when the range has none (null when the whole window is full). */
  nextAvailable: z.object({ date: LocalDateSchema, start: z.string() }).nullable(),
});
export type OfficeAvailability = z.infer<typeof OfficeAvailability>;

export const AvailabilityOutput = z.object({
  service: z.object({ slug: z.string(), title: z.string() }),
  offices: z.array(OfficeAvailability),
});
export type AvailabilityOutput = z.infer<typeof AvailabilityOutput>;

/** Where a place is wanted: a slot of a service at an office, by its exact start instant. */
export const SlotRef = z.object({ service: slug, office: slug, start: z.iso.datetime({ offset: true }) });
export type SlotRef = z.infer<typeof SlotRef>;

export const HoldInput = SlotRef;

export const HoldOutput = z.object({
  holdId: z.uuid(),
  /** Proves the hold is the caller's; a guest has nothing else to show. */
  secret: z.string(),
  expiresAt: z.string(),
  start: z.string(),
  end: z.string(),
  localDate: LocalDateSchema,
  localTime: LocalTimeSchema,
});
export type HoldOutput = z.infer<typeof HoldOutput>;

export const HoldRef = z.object({
  holdId: z.uuid(),
  /** Not needed for a hold made for the signed-in caller (a waitlist offer). */
  secret: singleLineText({ min: 16, max: 64, trim: false }).optional(),
});
export type HoldRef = z.infer<typeof HoldRef>;

const name = singleLineText({ min: 1, max: 80 });

export const ApplicantSchema = z.object({
  givenName: name,
  familyName: name,
  email: EmailSchema,
  phone: z.string().trim().regex(phoneNumberPattern, { error: 'invalid phone number' }).optional(),
  fiscalCode: FiscalCodeSchema.optional(),
});
export type Applicant = z.infer<typeof ApplicantSchema>;

export const IdempotencyKeySchema = z.uuid();

/** A hold taken earlier, or a slot taken directly (kiosk, desk, API clients). */
export const PlaceSchema = z.discriminatedUnion('kind', [
  HoldRef.extend({ kind: z.literal('hold') }),
  SlotRef.extend({ kind: z.literal('slot') }),
]);
export type Place = z.infer<typeof PlaceSchema>;

export const ConfirmInput = z.object({
  idempotencyKey: IdempotencyKeySchema,
  place: PlaceSchema,
  applicant: ApplicantSchema,
  reason: singleLineText({ max: 200 }).default(''),
  notes: multiLineText({ max: 1000 }).default(''),
});
export type ConfirmInput = z.input<typeof ConfirmInput>;

/** Finding a booking: its code and the email it was made with, or just the code for its signed-in owner. */
export const BookingRef = z.object({ code: BookingCodeSchema, email: EmailSchema.optional() });
export type BookingRef = z.input<typeof BookingRef>;

export const LookupInput = BookingRef;
export const CancelInput = BookingRef.extend({ idempotencyKey: IdempotencyKeySchema });
export const RescheduleInput = BookingRef.extend({
  idempotencyKey: IdempotencyKeySchema,
  /** The new slot, same service and office. */
  start: z.iso.datetime({ offset: true }),
});

export const bookingStatuses = ['confirmed', 'cancelled'] as const;
export const BookingStatusSchema = z.enum(bookingStatuses);

export const BookingView = z.object({
  code: z.string(),
  status: BookingStatusSchema,
  service: z.object({ slug: z.string(), title: z.string() }),
  office: BookingOffice,
  mode: BookingModeSchema,
  /** Video appointments only. */
  meetingUrl: z.string().nullable(),
  start: z.string(),
  end: z.string(),
  localDate: LocalDateSchema,
  localTime: LocalTimeSchema,
  applicant: z.object({
    givenName: z.string(),
    familyName: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    fiscalCode: z.string().nullable(),
  }),
  reason: z.string(),
  notes: z.string(),
  /** Until when it can be cancelled or moved. */
  changeableUntil: z.string(),
  changeable: z.boolean(),
  /** Same-origin paths: the calendar file and the QR code image, each with its access token. */
  icsPath: z.string(),
  qrPath: z.string(),
  googleCalendarUrl: z.string(),
  outlookCalendarUrl: z.string(),
  createdAt: z.string(),
});
export type BookingView = z.infer<typeof BookingView>;

export const MyBookingsInput = z.object({ include: z.enum(['upcoming', 'all']).default('upcoming') }).default({
  include: 'upcoming',
});

export const WaitlistJoinInput = z.object({ service: slug, office: slug, date: LocalDateSchema });
export const WaitlistLeaveInput = z.object({ id: z.uuid() });

export const waitlistStatuses = ['waiting', 'offered', 'booked', 'expired', 'left'] as const;

export const WaitlistEntryView = z.object({
  id: z.string(),
  service: z.object({ slug: z.string(), title: z.string() }),
  office: z.object({ slug: z.string(), name: z.string() }),
  date: LocalDateSchema,
  status: z.enum(waitlistStatuses),
  /** Position among those still waiting for that day, 1 for the first. */
  position: z.int().nullable(),
  /** While offered: the hold kept for this person and until when. */
  offer: z
    .object({ holdId: z.string(), start: z.string(), localTime: LocalTimeSchema, expiresAt: z.string() })
    .nullable(),
});
export type WaitlistEntryView = z.infer<typeof WaitlistEntryView>;

export const OfferInput = z.object({ holdId: z.uuid() });

export const BookableServicesOutput = z.object({
  services: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      summary: z.string(),
      offices: z.array(z.object({ slug: z.string(), name: z.string(), mode: BookingModeSchema })),
    }),
  ),
});
export type BookableServicesOutput = z.infer<typeof BookableServicesOutput>;

/** A waitlist offer as its recipient sees it before confirming it with place { kind: 'hold', holdId }. */
export const OfferOutput = z.object({
  holdId: z.string(),
  expiresAt: z.string(),
  service: z.object({ slug: z.string(), title: z.string() }),
  office: BookingOffice,
  start: z.string(),
  end: z.string(),
  localDate: LocalDateSchema,
  localTime: LocalTimeSchema,
});
export type OfferOutput = z.infer<typeof OfferOutput>;
