import { appointmentEmail, bookingMessages } from '../../../shared/booking/messages';
import type { Database } from '../../db/client';
import { type Mailer, plainTextMail } from '../../mail/mailer';
import { deliverMessage } from '../inbox/deliver';
import { appointmentFacts } from './reminders';
import type { BookingRecord } from './views';

/**
 * Tells the applicant their appointment is confirmed: in their inbox when signed in, and by email with the
 * code, which a guest needs to find the booking again. Best effort: the booking stands if the mail fails.
 */
export async function notifyConfirmed(
  deps: { db: Database; mailer: Mailer; origin: string; log: { warn: (object: object, message: string) => void } },
  record: BookingRecord,
) {
  const message = bookingMessages.confirmed(appointmentFacts(record));
  const link = `/prenotazioni/${record.booking.code}`;
  try {
    if (record.booking.userId) {
      await deliverMessage(deps.db, {
        userId: record.booking.userId,
        kind: 'booking-confirmed',
        ...message,
        link,
        serviceId: record.booking.serviceId,
        usefulUntil: record.booking.startsAt,
      });
    }
    const email = appointmentEmail(message, record.booking.locale, `${deps.origin}${link}`);
    await deps.mailer.send(plainTextMail(record.booking.email, email.subject, email.text));
  } catch (error) {
    deps.log.warn({ err: error, booking: record.booking.id }, 'booking confirmation not delivered');
  }
}
