import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { ConfirmInput } from '../../../shared/booking/api';
import { generateBookingCode } from '../../../shared/booking/code';
import type { Locale } from '../../../shared/i18n/locales';
import type { Database, Executor, Transaction } from '../../db/client';
import { bookingEvents, bookingPlaces, bookings } from '../../db/tables/booking';
import { offices, services } from '../../db/tables/catalog';
import { AppError } from '../../errors/app-error';
import type { AvailabilityCache } from './availability-cache';
import { type BookableOffice, loadBookableOffice, type SlotProbe } from './bookable';
import { ownsHold, slotFullError } from './holds';
import { NoSeatLeft, takePlace } from './places';
import { scheduleReminder } from './reminders';
import { requireBookableSlot } from './slot-rules';
import { markOfferBooked } from './waitlist';

type Confirm = z.output<typeof ConfirmInput>;
type HoldConfirm = Confirm & { place: { kind: 'hold' } };

const isHoldConfirm = (input: Confirm): input is HoldConfirm => input.place.kind === 'hold';

/** Thrown inside the transaction when a concurrent attempt with the same key committed first. */
class AlreadyConfirmed extends Error {
  constructor(readonly bookingId: string) {
    super('already confirmed');
  }
}

async function bookingIdForKey(db: Executor, key: string): Promise<string | undefined> {
  const [row] = await db.select({ id: bookings.id }).from(bookings).where(eq(bookings.idempotencyKey, key));
  return row?.id;
}

type Resolved =
  | { kind: 'replay'; bookingId: string }
  | { kind: 'place'; office: BookableOffice; slot: { start: string; end: string }; probe?: SlotProbe };

/**
 * What a confirmation is about: the booking its idempotency key already made (a replay returns it before
 * the slot is even checked, since a phone may retry after the slot has passed), or the office and slot,
 * from the hold it names or the slot it gives. A slot given directly (the rush case) is probed in the same
 * round trip as its rules.
 */
async function resolvePlace(db: Database, input: Confirm, now: Date): Promise<Resolved> {
  const { place } = input;
  if (place.kind === 'slot') {
    const probe = { idempotencyKey: input.idempotencyKey, start: place.start };
    const loaded = await loadBookableOffice(db, place.service, place.office, probe);
    if (loaded.probe?.earlierBookingId) return { kind: 'replay', bookingId: loaded.probe.earlierBookingId };
    return {
      kind: 'place',
      office: loaded.office,
      slot: requireBookableSlot(loaded.office, place.start, now),
      probe: loaded.probe,
    };
  }
  const earlier = await bookingIdForKey(db, input.idempotencyKey);
  if (earlier) return { kind: 'replay', bookingId: earlier };
  const [hold] = await db
    .select({
      service: services.slug,
      office: offices.slug,
      startsAt: bookingPlaces.startsAt,
      endsAt: bookingPlaces.endsAt,
    })
    .from(bookingPlaces)
    .innerJoin(services, eq(services.id, bookingPlaces.serviceId))
    .innerJoin(offices, eq(offices.id, bookingPlaces.officeId))
    .where(and(eq(bookingPlaces.id, place.holdId), isNull(bookingPlaces.bookingId)));
  if (!hold) {
    // A concurrent call with the same key may have booked the hold since the first look.
    const booked = await bookingIdForKey(db, input.idempotencyKey);
    if (booked) return { kind: 'replay', bookingId: booked };
    throw new AppError('HOLD_NOT_FOUND');
  }
  const { office } = await loadBookableOffice(db, hold.service, hold.office);
  return { kind: 'place', office, slot: { start: hold.startsAt.toISOString(), end: hold.endsAt.toISOString() } };
}

/**
 * Locks the caller's hold and checks it is still theirs and alive. A hold already turned into a booking
 * by a concurrent call with the same key (it held the lock while this one waited) is that booking.
 */
async function claimHold(tx: Transaction, input: HoldConfirm, userId: string | null, now: Date) {
  const hold = input.place;
  const [place] = await tx
    .select()
    .from(bookingPlaces)
    .where(and(eq(bookingPlaces.id, hold.holdId), isNull(bookingPlaces.bookingId)))
    .for('update');
  if (!place) {
    const replayed = await bookingIdForKey(tx, input.idempotencyKey);
    if (replayed) throw new AlreadyConfirmed(replayed);
  }
  if (!place || !ownsHold(place, hold.secret, userId)) throw new AppError('HOLD_NOT_FOUND');
  if (!place.expiresAt || place.expiresAt <= now) throw new AppError('HOLD_EXPIRED');
  return place;
}

async function insertBooking(tx: Transaction, values: Omit<typeof bookings.$inferInsert, 'code'>) {
  // A new code collides with an existing one about once in 10^15 draws; draw again when it does.
  for (let attempt = 0; attempt < 5; attempt++) {
    const [row] = await tx
      .insert(bookings)
      .values({ ...values, code: generateBookingCode() })
      .onConflictDoNothing()
      .returning({ id: bookings.id, code: bookings.code });
    if (row) return row;
    const replayed = await bookingIdForKey(tx, values.idempotencyKey);
    if (replayed) throw new AlreadyConfirmed(replayed);
  }
  throw new Error('could not draw a free booking code');
}

/**
 * Turns a hold (or a slot taken directly) into a booking. The idempotency key makes a replay return the
 * first booking and change nothing, even when both attempts run at once.
 */
export async function confirmBooking(
  db: Database,
  input: Confirm,
  options: { userId: string | null; now: Date; locale: Locale; cache?: AvailabilityCache },
): Promise<{ bookingId: string; created: boolean }> {
  const resolved = await resolvePlace(db, input, options.now);
  if (resolved.kind === 'replay') return { bookingId: resolved.bookingId, created: false };
  const { office, slot, probe } = resolved;
  const start = new Date(slot.start);
  const target = { serviceId: office.serviceId, officeId: office.officeId, start, end: new Date(slot.end) };
  if (probe && probe.live >= office.rules.capacity) throw await slotFullError(db, office, start, options);
  try {
    return await db.transaction(async (tx) => {
      const hold = isHoldConfirm(input) ? await claimHold(tx, input, options.userId, options.now) : null;
      const booking = await insertBooking(tx, {
        idempotencyKey: input.idempotencyKey,
        serviceId: office.serviceId,
        officeId: office.officeId,
        userId: options.userId,
        startsAt: start,
        endsAt: new Date(slot.end),
        givenName: input.applicant.givenName,
        familyName: input.applicant.familyName,
        email: input.applicant.email,
        phone: input.applicant.phone ?? null,
        fiscalCode: input.applicant.fiscalCode ?? null,
        reason: input.reason,
        notes: input.notes,
        mode: office.rules.mode,
        locale: options.locale,
      });
      if (office.meetingUrlBase) {
        await tx
          .update(bookings)
          .set({ meetingUrl: `${office.meetingUrlBase.replace(/\/$/, '')}/${booking.code}` })
          .where(eq(bookings.id, booking.id));
      }
      if (hold) {
        await tx
          .update(bookingPlaces)
          .set({ bookingId: booking.id, expiresAt: null, secretHash: null })
          .where(eq(bookingPlaces.id, hold.id));
        await markOfferBooked(tx, hold.id);
      } else {
        const place = await takePlace(
          tx,
          target,
          { bookingId: booking.id },
          { clearLapsed: probe ? probe.lapsed > 0 : true },
        );
        if (!place) throw new NoSeatLeft();
      }
      await tx
        .insert(bookingEvents)
        .values({ bookingId: booking.id, kind: 'confirmed', actorUserId: options.userId, toStart: start });
      await scheduleReminder(tx, { bookingId: booking.id, startsAt: start, now: options.now });
      return { bookingId: booking.id, created: true };
    });
  } catch (error) {
    if (error instanceof AlreadyConfirmed) return { bookingId: error.bookingId, created: false };
    if (error instanceof NoSeatLeft) throw await slotFullError(db, office, start, options);
    throw error;
  }
}
