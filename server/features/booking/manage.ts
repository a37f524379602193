import { and, eq, gte, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { CancelInput, LookupInput, RescheduleInput } from '../../../shared/booking/api';
import { formatSlotMoment, inBothLocales, wallClock } from '../../../shared/booking/format';
import type { Database, Executor, Transaction } from '../../db/client';
import { bookingEvents, bookingPlaces, bookings } from '../../db/tables/booking';
import { AppError } from '../../errors/app-error';
import { type AvailabilityCache, announcePlacesChanged } from './availability-cache';
import { loadBookableOffice } from './bookable';
import { slotFullError } from './holds';
import { NoSeatLeft, takePlace } from './places';
import { cancelReminder, scheduleReminder } from './reminders';
import { requireBookableSlot } from './slot-rules';
import { applicantOf, type BookingRecord, changeableUntil, selectBookingRecords } from './views';
import { offerFreedPlace } from './waitlist';

type Ref = z.output<typeof LookupInput>;
type Actor = { userId: string | null };

/**
 * A booking its caller may see: the code with the email it was made with, or the code alone for its
 * signed-in owner. A wrong email fails exactly as an unknown code does.
 */
function ownedBy(ref: Ref, actor: Actor): SQL {
  const byEmail = ref.email ? eq(bookings.email, ref.email) : undefined;
  const byOwner = actor.userId ? eq(bookings.userId, actor.userId) : undefined;
  const proof = byEmail && byOwner ? or(byEmail, byOwner) : (byEmail ?? byOwner);
  if (!proof) throw new AppError('BOOKING_NOT_FOUND');
  return and(eq(bookings.code, ref.code), proof)!;
}

export async function findBooking(db: Executor, ref: Ref, actor: Actor): Promise<BookingRecord> {
  const [record] = await selectBookingRecords(db, ownedBy(ref, actor));
  if (!record) throw new AppError('BOOKING_NOT_FOUND');
  return record;
}

/** The signed-in person's bookings, upcoming ones only unless asked for all. */
export async function listMyBookings(db: Executor, userId: string, include: 'upcoming' | 'all', now: Date) {
  const records = await selectBookingRecords(
    db,
    and(eq(bookings.userId, userId), include === 'upcoming' ? gte(bookings.endsAt, now) : undefined),
  );
  return include === 'all' ? records.reverse() : records.filter((record) => record.booking.status === 'confirmed');
}

/** What a replayed cancel or reschedule finds: the booking its key already changed, or nothing. */
async function replayedChange(db: Executor, key: string, bookingId: string): Promise<boolean> {
  const [event] = await db
    .select({ bookingId: bookingEvents.bookingId })
    .from(bookingEvents)
    .where(eq(bookingEvents.idempotencyKey, key));
  if (!event) return false;
  if (event.bookingId !== bookingId) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return true;
}

/** Locks the booking for a change and checks it can still be changed online. */
async function lockChangeable(tx: Transaction, ref: Ref, actor: Actor, key: string, now: Date) {
  const record = await findBooking(tx, ref, actor);
  await tx.select({ id: bookings.id }).from(bookings).where(eq(bookings.id, record.booking.id)).for('update');
  const [current] = await selectBookingRecords(tx, eq(bookings.id, record.booking.id));
  if (await replayedChange(tx, key, current!.booking.id)) return { record: current!, replay: true };
  if (current!.booking.status === 'cancelled') throw new AppError('BOOKING_ALREADY_CANCELLED');
  const deadline = changeableUntil(current!);
  if (now >= deadline) {
    throw new AppError('BOOKING_DEADLINE_PASSED', {
      deadline: inBothLocales((locale) => formatSlotMoment(deadline, current!.office.timeZone, locale)),
    });
  }
  return { record: current!, replay: false };
}

/** Releases the booking's seat and offers it to the first person waiting for that day. */
async function releaseSeat(tx: Transaction, record: BookingRecord, options: { now: Date; offerMinutes: number }) {
  const { booking } = record;
  await tx
    .delete(bookingPlaces)
    .where(and(eq(bookingPlaces.bookingId, booking.id), eq(bookingPlaces.startsAt, booking.startsAt)));
  await announcePlacesChanged(tx, booking);
  await offerFreedPlace(
    tx,
    {
      serviceId: booking.serviceId,
      officeId: booking.officeId,
      start: booking.startsAt,
      end: booking.endsAt,
      localDate: wallClock(booking.startsAt, record.office.timeZone).localDate,
    },
    options,
  );
}

export async function cancelBooking(
  db: Database,
  input: z.output<typeof CancelInput>,
  actor: Actor,
  options: { now: Date; offerMinutes: number },
): Promise<string> {
  return db.transaction(async (tx) => {
    const { record, replay } = await lockChangeable(tx, input, actor, input.idempotencyKey, options.now);
    if (replay) return record.booking.id;
    await releaseSeat(tx, record, options);
    await tx
      .update(bookings)
      .set({
        status: 'cancelled',
        cancelledAt: options.now,
        sequence: record.booking.sequence + 1,
        updatedAt: options.now,
      })
      .where(eq(bookings.id, record.booking.id));
    await tx.insert(bookingEvents).values({
      bookingId: record.booking.id,
      kind: 'cancelled',
      idempotencyKey: input.idempotencyKey,
      actorUserId: actor.userId,
      fromStart: record.booking.startsAt,
    });
    await cancelReminder(tx, record.booking.id);
    return record.booking.id;
  });
}

/**
 * Moves a booking to another slot of the same service and office. The new seat is taken before the old
 * one is released, in one transaction: a full slot leaves the booking where it was, never without a place.
 */
export async function rescheduleBooking(
  db: Database,
  input: z.output<typeof RescheduleInput>,
  actor: Actor,
  options: { now: Date; offerMinutes: number; cache?: AvailabilityCache },
): Promise<string> {
  const found = await findBooking(db, input, actor);
  // A replay (a phone sending its offline queue late) answers the move it made, even if the new time
  // has since come too close to book or the day has closed: it is not a new booking of that time.
  if (await replayedChange(db, input.idempotencyKey, found.booking.id)) return found.booking.id;
  const { office } = await loadBookableOffice(db, found.service.slug, found.office.slug);
  const slot = requireBookableSlot(office, input.start, options.now);
  const start = new Date(slot.start);
  try {
    return await db.transaction(async (tx) => {
      const { record, replay } = await lockChangeable(tx, input, actor, input.idempotencyKey, options.now);
      if (replay) return record.booking.id;
      if (record.booking.startsAt.getTime() === start.getTime()) throw new AppError('BOOKING_SAME_SLOT');
      const target = { serviceId: office.serviceId, officeId: office.officeId, start, end: new Date(slot.end) };
      if (!(await takePlace(tx, target, { bookingId: record.booking.id }))) throw new NoSeatLeft();
      await releaseSeat(tx, record, options);
      await tx
        .update(bookings)
        .set({ startsAt: start, endsAt: target.end, sequence: record.booking.sequence + 1, updatedAt: options.now })
        .where(eq(bookings.id, record.booking.id));
      await tx.insert(bookingEvents).values({
        bookingId: record.booking.id,
        kind: 'rescheduled',
        idempotencyKey: input.idempotencyKey,
        actorUserId: actor.userId,
        fromStart: record.booking.startsAt,
        toStart: start,
      });
      await scheduleReminder(tx, { bookingId: record.booking.id, startsAt: start, now: options.now });
      return record.booking.id;
    });
  } catch (error) {
    if (error instanceof NoSeatLeft) throw await slotFullError(db, office, start, options);
    throw error;
  }
}

/** Any booking by its code alone: for the calendar and QR routes, which check their own token. */
export async function findBookingByCode(db: Executor, code: string): Promise<BookingRecord | undefined> {
  const [record] = await selectBookingRecords(db, eq(bookings.code, code));
  return record;
}

/** A person's bookings and places in line as stored, for their data export. */
export async function exportBookings(db: Executor, userId: string) {
  const records = await selectBookingRecords(db, eq(bookings.userId, userId));
  return records.map(({ booking, service, office }) => ({
    code: booking.code,
    status: booking.status,
    service: service.slug,
    office: office.slug,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    applicant: applicantOf(booking),
    reason: booking.reason,
    notes: booking.notes,
    createdAt: booking.createdAt.toISOString(),
    cancelledAt: booking.cancelledAt?.toISOString() ?? null,
  }));
}
