import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { OfferOutput, WaitlistEntryView } from '../../../shared/booking/api';
import { wallClock } from '../../../shared/booking/format';
import { bookingMessages } from '../../../shared/booking/messages';
import { findDayClosure } from '../../../shared/booking/slots';
import type { Locale } from '../../../shared/i18n/locales';
import { localize } from '../../../shared/i18n/localized';
import { type Database, type Executor, selectRows, type Transaction } from '../../db/client';
import { bookingPlaces, waitlistEntries } from '../../db/tables/booking';
import { offices, services } from '../../db/tables/catalog';
import { AppError } from '../../errors/app-error';
import type { Sweep } from '../../jobs/runner';
import { deliverMessage } from '../inbox/deliver';
import { listFreeSlots } from './availability';
import { announcePlacesChanged } from './availability-cache';
import { formatAddress, loadBookableOffice } from './bookable';
import { type SlotTarget, takePlace } from './places';
import { requireBookableSlot } from './slot-rules';

export interface FreedSlot extends SlotTarget {
  /** The slot's day in the office's zone: the waitlist is kept per day. */
  localDate: string;
}

/**
 * Offers a place that has just become free to the first person waiting for its day, by holding it for
 * them; runs in the transaction that freed it, so nobody else can take the place in between.
 */
export async function offerFreedPlace(tx: Transaction, slot: FreedSlot, options: { now: Date; offerMinutes: number }) {
  if (slot.start <= options.now) return;
  const [next] = await tx
    .select()
    .from(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.serviceId, slot.serviceId),
        eq(waitlistEntries.officeId, slot.officeId),
        eq(waitlistEntries.localDate, slot.localDate),
        eq(waitlistEntries.status, 'waiting'),
      ),
    )
    .orderBy(asc(waitlistEntries.createdAt))
    .limit(1)
    .for('update', { skipLocked: true });
  if (!next) return;
  const offerEnds = Math.min(options.now.getTime() + options.offerMinutes * 60_000, slot.start.getTime());
  const expiresAt = new Date(offerEnds);
  const place = await takePlace(tx, slot, { expiresAt, holderUserId: next.userId, secretHash: null });
  if (!place) return;
  await tx
    .update(waitlistEntries)
    .set({
      status: 'offered',
      placeId: place.id,
      offeredAt: options.now,
      offerStartsAt: slot.start,
      offerEndsAt: slot.end,
    })
    .where(eq(waitlistEntries.id, next.id));
  const [names] = await tx
    .select({ titleIt: services.titleIt, titleEn: services.titleEn, office: offices })
    .from(services)
    .innerJoin(offices, eq(offices.id, slot.officeId))
    .where(eq(services.id, slot.serviceId));
  const message = bookingMessages.waitlistOffer(
    {
      service: { it: names!.titleIt, en: names!.titleEn },
      office: names!.office.name,
      address: formatAddress(names!.office.address),
      start: slot.start,
      timeZone: names!.office.timeZone,
      meetingUrl: null,
    },
    expiresAt,
  );
  await deliverMessage(tx, {
    userId: next.userId,
    kind: 'waitlist-offer',
    ...message,
    link: `/prenota/offerta/${place.id}`,
    serviceId: slot.serviceId,
    usefulUntil: expiresAt,
  });
}

/** The person confirmed the place offered to them. */
export async function markOfferBooked(tx: Transaction, placeId: string) {
  await tx
    .update(waitlistEntries)
    .set({ status: 'booked' })
    .where(and(eq(waitlistEntries.placeId, placeId), eq(waitlistEntries.status, 'offered')));
}

/** Joins the line for a full day; joining twice keeps the first place in line. */
export async function joinWaitlist(
  db: Database,
  input: { service: string; office: string; date: string },
  userId: string,
  options: { locale: Locale; now: Date },
): Promise<WaitlistEntryView> {
  const { office } = await loadBookableOffice(db, input.service, input.office);
  const closure = findDayClosure(office.schedule, input.date);
  if (closure) throw new AppError('SLOT_OFFICE_CLOSED', { reason: closure.reason });
  const slots = await listFreeSlots(db, office, { from: input.date, to: input.date, now: options.now });
  if (slots.length === 0) {
    // No slot left to wait for on that day: let the slot rules say why (past, beyond the window, no hours).
    requireBookableSlot(office, `${input.date}T00:00:00Z`, options.now);
    throw new AppError('SLOT_NOT_OFFERED');
  }
  if (slots.some((slot) => slot.free > 0)) throw new AppError('WAITLIST_DAY_NOT_FULL');
  await db
    .insert(waitlistEntries)
    .values({ serviceId: office.serviceId, officeId: office.officeId, localDate: input.date, userId })
    .onConflictDoNothing();
  const entries = await listWaitlist(db, userId, options.locale);
  const entry = entries.find(
    (candidate) =>
      candidate.date === input.date &&
      candidate.service.slug === input.service &&
      candidate.office.slug === input.office,
  );
  if (!entry) throw new AppError('WAITLIST_ENTRY_NOT_FOUND');
  return entry;
}

/** The person's live places in line (waiting or offered), soonest day first. */
export async function listWaitlist(db: Executor, userId: string, locale: Locale): Promise<WaitlistEntryView[]> {
  const rows = await db
    .select({
      entry: waitlistEntries,
      serviceSlug: services.slug,
      titleIt: services.titleIt,
      titleEn: services.titleEn,
      officeSlug: offices.slug,
      officeName: offices.name,
      timeZone: offices.timeZone,
      expiresAt: bookingPlaces.expiresAt,
      position: sql<number>`(
        select count(*)::int from waitlist_entries ahead
        where ahead.service_id = ${waitlistEntries.serviceId} and ahead.office_id = ${waitlistEntries.officeId}
          and ahead.local_date = ${waitlistEntries.localDate} and ahead.status = 'waiting'
          and ahead.created_at <= ${waitlistEntries.createdAt})`,
    })
    .from(waitlistEntries)
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .innerJoin(offices, eq(offices.id, waitlistEntries.officeId))
    .leftJoin(bookingPlaces, eq(bookingPlaces.id, waitlistEntries.placeId))
    .where(and(eq(waitlistEntries.userId, userId), inArray(waitlistEntries.status, ['waiting', 'offered'])))
    .orderBy(waitlistEntries.localDate);
  return rows.map((row) => {
    const offered = row.entry.status === 'offered' && row.entry.placeId && row.expiresAt && row.entry.offerStartsAt;
    return {
      id: row.entry.id,
      service: { slug: row.serviceSlug, title: locale === 'it' ? row.titleIt : row.titleEn },
      office: { slug: row.officeSlug, name: localize(row.officeName, locale) },
      date: row.entry.localDate,
      status: row.entry.status,
      position: row.entry.status === 'waiting' ? row.position : null,
      offer: offered
        ? {
            holdId: row.entry.placeId!,
            start: row.entry.offerStartsAt!.toISOString(),
            localTime: wallClock(row.entry.offerStartsAt!, row.timeZone).localTime,
            expiresAt: row.expiresAt!.toISOString(),
          }
        : null,
    };
  });
}

export async function leaveWaitlist(db: Database, userId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [entry] = await tx
      .update(waitlistEntries)
      .set({ status: 'left' })
      .where(
        and(
          eq(waitlistEntries.id, id),
          eq(waitlistEntries.userId, userId),
          inArray(waitlistEntries.status, ['waiting', 'offered']),
        ),
      )
      .returning({
        placeId: waitlistEntries.placeId,
        serviceId: waitlistEntries.serviceId,
        officeId: waitlistEntries.officeId,
      });
    if (!entry) throw new AppError('WAITLIST_ENTRY_NOT_FOUND');
    // An offer turned down frees its hold at once (the sweep passes it on).
    if (entry.placeId) {
      await tx
        .update(bookingPlaces)
        .set({ expiresAt: sql`now()` })
        .where(and(eq(bookingPlaces.id, entry.placeId), sql`${bookingPlaces.bookingId} is null`));
      await announcePlacesChanged(tx, entry);
    }
  });
}

/** A waitlist offer as its recipient sees it; anyone else's hold answers as a missing one. */
export async function getOffer(db: Executor, userId: string, holdId: string, locale: Locale): Promise<OfferOutput> {
  const [row] = await db
    .select({
      place: bookingPlaces,
      serviceSlug: services.slug,
      titleIt: services.titleIt,
      titleEn: services.titleEn,
      office: offices,
    })
    .from(bookingPlaces)
    .innerJoin(services, eq(services.id, bookingPlaces.serviceId))
    .innerJoin(offices, eq(offices.id, bookingPlaces.officeId))
    .where(
      and(
        eq(bookingPlaces.id, holdId),
        eq(bookingPlaces.holderUserId, userId),
        sql`${bookingPlaces.bookingId} is null`,
      ),
    );
  if (!row) throw new AppError('HOLD_NOT_FOUND');
  if (!row.place.expiresAt || row.place.expiresAt <= new Date()) throw new AppError('HOLD_EXPIRED');
  const zone = row.office.timeZone;
  return {
    holdId,
    expiresAt: row.place.expiresAt.toISOString(),
    service: { slug: row.serviceSlug, title: locale === 'it' ? row.titleIt : row.titleEn },
    office: {
      slug: row.office.slug,
      name: localize(row.office.name, locale),
      address: formatAddress(row.office.address),
      timeZone: zone,
    },
    start: row.place.startsAt.toISOString(),
    end: row.place.endsAt.toISOString(),
    ...wallClock(row.place.startsAt, zone),
  };
}

/**
 * Offers whose hold lapsed (or was turned down) pass to the next person in line. Each entry is handled in
 * its own transaction, leased with SKIP LOCKED, so processes sweeping together never pass one place twice.
 */
export function waitlistSweep(db: Database, offerMinutes: number): Sweep {
  return async (now) => {
    for (;;) {
      const passed = await db.transaction(async (tx) => {
        const [lapsed] = await selectRows<{
          id: string;
          service_id: string;
          office_id: string;
          local_date: string;
          place_id: string | null;
          offer_starts_at: Date;
          offer_ends_at: Date;
        }>(
          tx,
          sql`select e.id, e.service_id, e.office_id, e.local_date::text as local_date, e.place_id,
                     e.offer_starts_at, e.offer_ends_at
              from waitlist_entries e left join booking_places p on p.id = e.place_id
              where e.status = 'offered'
                and (p.id is null or (p.booking_id is null and p.expires_at <= ${now.toISOString()}::timestamptz))
              limit 1
              for update of e skip locked`,
        );
        if (!lapsed) return false;
        await tx.update(waitlistEntries).set({ status: 'expired' }).where(eq(waitlistEntries.id, lapsed.id));
        if (lapsed.place_id) {
          await tx
            .delete(bookingPlaces)
            .where(and(eq(bookingPlaces.id, lapsed.place_id), sql`${bookingPlaces.bookingId} is null`));
          await announcePlacesChanged(tx, { serviceId: lapsed.service_id, officeId: lapsed.office_id });
        }
        await offerFreedPlace(
          tx,
          {
            serviceId: lapsed.service_id,
            officeId: lapsed.office_id,
            start: new Date(lapsed.offer_starts_at),
            end: new Date(lapsed.offer_ends_at),
            localDate: lapsed.local_date,
          },
          { now, offerMinutes },
        );
        return true;
      });
      if (!passed) return;
    }
  };
}
