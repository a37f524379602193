import { eq } from 'drizzle-orm';
import { appointmentEmail, bookingMessages } from '../../../shared/booking/messages';
import type { Transaction } from '../../db/client';
import { bookings } from '../../db/tables/booking';
import { cancelJob, scheduleJob } from '../../jobs/queue';
import type { JobHandler } from '../../jobs/runner';
import { plainTextMail } from '../../mail/mailer';
import { deliverMessage } from '../inbox/deliver';
import { formatAddress } from './bookable';
import { type BookingRecord, selectBookingRecords } from './views';

export const reminderJobKind = 'booking-reminder';
const reminderLeadMs = 24 * 3_600_000;

/**
 * Plans the reminder 24 hours before the appointment, or moves it when the booking moves. A booking made
 * less than 24 hours ahead gets none: its confirmation is the reminder.
 */
export async function scheduleReminder(tx: Transaction, booking: { bookingId: string; startsAt: Date; now: Date }) {
  const runAt = new Date(booking.startsAt.getTime() - reminderLeadMs);
  if (runAt <= booking.now) return cancelJob(tx, reminderJobKind, booking.bookingId);
  await scheduleJob(tx, {
    kind: reminderJobKind,
    key: booking.bookingId,
    runAt,
    payload: { startsAt: booking.startsAt.toISOString() },
  });
}

export const cancelReminder = (tx: Transaction, bookingId: string) => cancelJob(tx, reminderJobKind, bookingId);

export function appointmentFacts(record: BookingRecord) {
  return {
    code: record.booking.code,
    service: record.service.title,
    office: record.office.name,
    address: formatAddress(record.office.address),
    start: record.booking.startsAt,
    timeZone: record.office.timeZone,
    meetingUrl: record.booking.meetingUrl,
  };
}

/**
 * Sends one reminder: the inbox message commits with the job's completion, so it is written once; the
 * email goes after commit (at most once: a crash in between loses the email, never doubles it).
 */
export function reminderHandler(deps: { publicUrl: string }): JobHandler {
  return async (tx, job) => {
    const [record] = await selectBookingRecords(tx, eq(bookings.id, job.key));
    const plannedStart = String(job.payload.startsAt);
    if (record?.booking.status !== 'confirmed' || record.booking.startsAt.toISOString() !== plannedStart) {
      return undefined;
    }
    const message = bookingMessages.reminder(appointmentFacts(record));
    const link = `/prenotazioni/${record.booking.code}`;
    if (record.booking.userId) {
      await deliverMessage(tx, {
        userId: record.booking.userId,
        kind: 'booking-reminder',
        ...message,
        link,
        serviceId: record.booking.serviceId,
        usefulUntil: record.booking.startsAt,
      });
    }
    const email = appointmentEmail(message, record.booking.locale, `${deps.publicUrl}${link}`);
    return plainTextMail(record.booking.email, email.subject, email.text);
  };
}
