import { and, eq, gt, isNull } from 'drizzle-orm';
import type { HoldOutput, SlotRef } from '../../../shared/booking/api';
import type { Database } from '../../db/client';
import { bookingPlaces } from '../../db/tables/booking';
import { AppError } from '../../errors/app-error';
import { hashToken, randomToken } from '../auth/tokens';
import { describeNearestFreeSlots } from './availability';
import { type AvailabilityCache, announcePlacesChanged } from './availability-cache';
import { type BookableOffice, loadBookableOffice } from './bookable';
import { takePlace } from './places';
import { requireBookableSlot } from './slot-rules';

/**
 * The answer for a slot with no place left: the error names the nearest free ones. Under a rush on one
 * slot every loser asks the same question, so the wording is kept for a few seconds (it only advises: the
 * next attempt is decided by the constraint, and a miss names fresher times).
 */
export async function slotFullError(
  db: Database,
  office: BookableOffice,
  start: Date,
  options: { now: Date; cache?: AvailabilityCache },
) {
  const describe = () => describeNearestFreeSlots(db, office, start, options.now);
  const alternatives = options.cache
    ? await options.cache.through(
        office,
        `nearest|${start.toISOString()}`,
        async () => ({ value: await describe(), validUntil: null }),
        // During a rush every booking would otherwise make the next losers word the message again.
        { advisory: true },
      )
    : await describe();
  return new AppError('SLOT_FULL', { alternatives });
}

/**
 * Keeps one place of a slot for `holdMinutes` while the citizen fills in the form. The hold lapses by
 * itself: counting and taking places ignore expired holds, so no job has to free it.
 */
export async function holdPlace(
  db: Database,
  input: SlotRef,
  options: { userId: string | null; holdMinutes: number; now: Date; cache?: AvailabilityCache },
): Promise<HoldOutput> {
  const { office, probe } = await loadBookableOffice(db, input.service, input.office, { start: input.start });
  const slot = requireBookableSlot(office, input.start, options.now);
  const secret = randomToken();
  const expiresAt = new Date(options.now.getTime() + options.holdMinutes * 60_000);
  const target = {
    serviceId: office.serviceId,
    officeId: office.officeId,
    start: new Date(slot.start),
    end: new Date(slot.end),
  };
  const place =
    probe && probe.live >= office.rules.capacity
      ? undefined
      : await db.transaction((tx) =>
          takePlace(
            tx,
            target,
            { expiresAt, holderUserId: options.userId, secretHash: hashToken(secret) },
            { clearLapsed: probe ? probe.lapsed > 0 : true },
          ),
        );
  if (!place) throw await slotFullError(db, office, new Date(slot.start), options);
  return {
    holdId: place.id,
    secret,
    expiresAt: expiresAt.toISOString(),
    start: slot.start,
    end: slot.end,
    localDate: slot.localDate,
    localTime: slot.localTime,
  };
}

/** Lets go of a hold before it lapses (the citizen went back to choose another time). */
export async function releaseHold(db: Database, hold: { holdId: string; secret?: string }, userId: string | null) {
  const [place] = await db
    .select({
      holderUserId: bookingPlaces.holderUserId,
      secretHash: bookingPlaces.secretHash,
      serviceId: bookingPlaces.serviceId,
      officeId: bookingPlaces.officeId,
    })
    .from(bookingPlaces)
    .where(and(eq(bookingPlaces.id, hold.holdId), isNull(bookingPlaces.bookingId)));
  if (!place || !ownsHold(place, hold.secret, userId)) throw new AppError('HOLD_NOT_FOUND');
  // A hold confirmed meanwhile is a booking's seat now (it keeps its holder): never release that.
  await db.transaction(async (tx) => {
    await tx.delete(bookingPlaces).where(and(eq(bookingPlaces.id, hold.holdId), isNull(bookingPlaces.bookingId)));
    await announcePlacesChanged(tx, place);
  });
}

/** A hold is the caller's when they know its secret, or when it was taken by (or offered to) them. */
export function ownsHold(
  place: { holderUserId: string | null; secretHash: string | null },
  secret: string | undefined,
  userId: string | null,
): boolean {
  if (secret !== undefined && place.secretHash !== null && hashToken(secret) === place.secretHash) return true;
  return userId !== null && place.holderUserId === userId;
}

/** A hold can be extended, but never past this many hold lengths from when it was taken. */
const maxHoldLengths = 3;

/**
 * More time to fill in the form (WCAG 2.2.1, timing adjustable): a live hold starts its time again, up to
 * three hold lengths in all, so nobody can keep a place indefinitely.
 */
export async function extendHold(
  db: Database,
  hold: { holdId: string; secret?: string },
  options: { userId: string | null; holdMinutes: number; now: Date },
): Promise<{ expiresAt: string }> {
  const [place] = await db
    .select()
    .from(bookingPlaces)
    .where(and(eq(bookingPlaces.id, hold.holdId), isNull(bookingPlaces.bookingId)));
  if (!place || !ownsHold(place, hold.secret, options.userId)) throw new AppError('HOLD_NOT_FOUND');
  if (!place.expiresAt || place.expiresAt <= options.now) throw new AppError('HOLD_EXPIRED');
  const holdMs = options.holdMinutes * 60_000;
  const limit = place.createdAt.getTime() + maxHoldLengths * holdMs;
  const expiresAt = new Date(Math.min(options.now.getTime() + holdMs, limit));
  const [extended] = await db
    .update(bookingPlaces)
    .set({ expiresAt })
    .where(
      and(eq(bookingPlaces.id, hold.holdId), isNull(bookingPlaces.bookingId), gt(bookingPlaces.expiresAt, options.now)),
    )
    .returning({ expiresAt: bookingPlaces.expiresAt });
  if (!extended?.expiresAt) throw new AppError('HOLD_EXPIRED');
  return { expiresAt: extended.expiresAt.toISOString() };
}
