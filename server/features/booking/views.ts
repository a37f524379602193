import { and, eq, type SQL } from 'drizzle-orm';
import type { BookingView } from '../../../shared/booking/api';
import { googleCalendarUrl, outlookCalendarUrl } from '../../../shared/booking/calendar';
import { formatBookingCode } from '../../../shared/booking/code';
import { wallClock } from '../../../shared/booking/format';
import type { Address, LocalizedText } from '../../../shared/catalog/content';
import { bookingTexts } from '../../../shared/i18n/booking-texts';
import type { Locale } from '../../../shared/i18n/locales';
import { localize } from '../../../shared/i18n/localized';
import type { Executor } from '../../db/client';
import { bookableServices, bookings } from '../../db/tables/booking';
import { offices, services } from '../../db/tables/catalog';
import { keyedHash } from '../auth/tokens';
import { formatAddress } from './bookable';

/** Opens the booking's calendar file and QR image without signing in; only the server can make it. */
export function calendarToken(authSecret: string, bookingId: string): string {
  return keyedHash(authSecret, 'booking-calendar', bookingId).slice(0, 32);
}

export type BookingRow = typeof bookings.$inferSelect;

export interface BookingRecord {
  booking: BookingRow;
  service: { slug: string; title: LocalizedText };
  office: { slug: string; name: LocalizedText; address: Address; timeZone: string };
  cancelDeadlineMinutes: number;
}

/** Bookings with what their views need, filtered by `where`. */
export async function selectBookingRecords(db: Executor, where: SQL | undefined): Promise<BookingRecord[]> {
  const rows = await db
    .select({
      booking: bookings,
      serviceSlug: services.slug,
      titleIt: services.titleIt,
      titleEn: services.titleEn,
      office: offices,
      cancelDeadlineMinutes: bookableServices.cancelDeadlineMinutes,
    })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .innerJoin(offices, eq(offices.id, bookings.officeId))
    // A booking outlives its service's booking rules; without them it keeps a day's notice.
    .leftJoin(
      bookableServices,
      and(eq(bookableServices.serviceId, bookings.serviceId), eq(bookableServices.officeId, bookings.officeId)),
    )
    .where(where)
    .orderBy(bookings.startsAt);
  return rows.map((row) => ({
    booking: row.booking,
    service: { slug: row.serviceSlug, title: { it: row.titleIt, en: row.titleEn } },
    office: {
      slug: row.office.slug,
      name: row.office.name,
      address: row.office.address,
      timeZone: row.office.timeZone,
    },
    cancelDeadlineMinutes: row.cancelDeadlineMinutes ?? 24 * 60,
  }));
}

/** Who the appointment is for, as they gave it. */
export function applicantOf(booking: BookingRow): BookingView['applicant'] {
  const { givenName, familyName, email, phone, fiscalCode } = booking;
  return { givenName, familyName, email, phone, fiscalCode };
}

/** Until when a booking can be cancelled or moved online. */
export function changeableUntil(record: BookingRecord): Date {
  return new Date(record.booking.startsAt.getTime() - record.cancelDeadlineMinutes * 60_000);
}

/** What the citizen's calendar entry says, in their language. */
export function calendarTexts(record: BookingRecord, locale: Locale) {
  const { booking } = record;
  const code = formatBookingCode(booking.code);
  const where = `${localize(record.office.name, locale)}, ${formatAddress(record.office.address)}`;
  const texts = bookingTexts[locale].calendar;
  const lines = [texts.code(code), booking.meetingUrl ? texts.link(booking.meetingUrl) : ''];
  return {
    summary: `${localize(record.service.title, locale)} – ${localize(record.office.name, locale)}`,
    description: lines.filter(Boolean).join('\n'),
    location: booking.mode === 'video' && booking.meetingUrl ? booking.meetingUrl : where,
  };
}

export function toBookingView(
  record: BookingRecord,
  options: { locale: Locale; authSecret: string; now: Date },
): BookingView {
  const { booking, office } = record;
  const token = calendarToken(options.authSecret, booking.id);
  const deadline = changeableUntil(record);
  const texts = calendarTexts(record, options.locale);
  const link = { ...texts, start: booking.startsAt, end: booking.endsAt, timeZone: office.timeZone };
  return {
    code: booking.code,
    status: booking.status,
    service: { slug: record.service.slug, title: localize(record.service.title, options.locale) },
    office: {
      slug: office.slug,
      name: localize(office.name, options.locale),
      address: formatAddress(office.address),
      timeZone: office.timeZone,
    },
    mode: booking.mode,
    meetingUrl: booking.meetingUrl,
    start: booking.startsAt.toISOString(),
    end: booking.endsAt.toISOString(),
    ...wallClock(booking.startsAt, office.timeZone),
    applicant: applicantOf(booking),
    reason: booking.reason,
    notes: booking.notes,
    changeableUntil: deadline.toISOString(),
    changeable: booking.status === 'confirmed' && options.now < deadline,
    icsPath: `/ics/${booking.code}?t=${token}`,
    qrPath: `/qr/${booking.code}.svg?t=${token}`,
    googleCalendarUrl: googleCalendarUrl(link),
    outlookCalendarUrl: outlookCalendarUrl(link),
    createdAt: booking.createdAt.toISOString(),
  };
}
