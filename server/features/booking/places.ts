import { sql } from 'drizzle-orm';
import { type Executor, selectRows, type Transaction } from '../../db/client';
import { announcePlacesChanged } from './availability-cache';

/** A slot of one service at one office, by its UTC start and end. */
export interface SlotTarget {
  serviceId: string;
  officeId: string;
  start: Date;
  end: Date;
}

/** Who occupies a place: a booking, or a hold that lapses at expiresAt. */
const maxCapacity = 100;

/**
 * Thrown inside a transaction when takePlace finds no seat, to roll it back; the caller words the answer
 * (the nearest free times) outside the transaction, where other queries may run.
 */
export class NoSeatLeft extends Error {}

export type PlaceHolder =
  | { bookingId: string }
  | { expiresAt: Date; holderUserId: string | null; secretHash: string | null };

/**
 * Takes the lowest free seat of a slot, or returns undefined when every seat is occupied. Capacity is
 * the database's to enforce: seats are unique per slot and between 1 and the service's capacity (read in
 * the same statement, so a change of capacity cannot slip in between). A concurrent writer that takes
 * the same seat first makes our insert a no-op; the next attempt, with a fresh snapshot, sees its seat.
 * Lapsed holds are cleared first, so an expired hold frees its place without any background job.
 */
export async function takePlace(
  tx: Transaction,
  target: SlotTarget,
  holder: PlaceHolder,
  options: { clearLapsed?: boolean } = {},
) {
  const hold = 'expiresAt' in holder ? holder : undefined;
  const clearLapsed = () =>
    tx.execute(sql`
      delete from booking_places
      where service_id = ${target.serviceId} and office_id = ${target.officeId}
        and starts_at = ${target.start.toISOString()} and expires_at <= now()`);
  // The caller may know there is nothing to clear; should a hold lapse meanwhile, a failed insert clears it.
  let cleared = options.clearLapsed !== false;
  if (cleared) await clearLapsed();
  // Every lost race means another writer took a seat, so the loop ends within capacity (≤ 100) rounds.
  for (let attempt = 0; attempt <= maxCapacity + 1; attempt++) {
    const [place] = await selectRows<{ id: string; seat: number }>(
      tx,
      sql`
      insert into booking_places
        (service_id, office_id, capacity, starts_at, ends_at, seat, booking_id, expires_at, holder_user_id, secret_hash)
      select b.service_id, b.office_id, b.capacity, ${target.start.toISOString()}::timestamptz,
        ${target.end.toISOString()}::timestamptz, candidate.seat,
        ${'bookingId' in holder ? holder.bookingId : null}::uuid, ${hold?.expiresAt.toISOString() ?? null}::timestamptz,
        ${hold?.holderUserId ?? null}::uuid, ${hold?.secretHash ?? null}::text
      from bookable_services b, generate_series(1, b.capacity) as candidate(seat)
      where b.service_id = ${target.serviceId} and b.office_id = ${target.officeId}
        and not exists (
          select 1 from booking_places p
          where p.service_id = b.service_id and p.office_id = b.office_id
            and p.starts_at = ${target.start.toISOString()} and p.seat = candidate.seat)
      order by candidate.seat
      limit 1
      on conflict (service_id, office_id, starts_at, seat) do nothing
      returning id, seat`,
    );
    if (place) {
      await announcePlacesChanged(tx, target);
      return place;
    }
    if (!cleared) {
      await clearLapsed();
      cleared = true;
      continue;
    }
    const [occupancy] = await selectRows<{ taken: number; capacity: number }>(
      tx,
      sql`
        select (select count(*)::int from booking_places
                where service_id = ${target.serviceId} and office_id = ${target.officeId}
                  and starts_at = ${target.start.toISOString()}) as taken,
               capacity
        from bookable_services where service_id = ${target.serviceId} and office_id = ${target.officeId}`,
    );
    if (!occupancy || occupancy.taken >= occupancy.capacity) return undefined;
  }
  return undefined;
}

/**
 * Places occupied per slot start (ms) between two instants, bookings and holds that have not lapsed, and
 * when the first of those holds lapses (the moment the answer stops being true).
 */
export async function countTakenPlaces(
  db: Executor,
  target: { serviceId: string; officeId: string; from: Date; to: Date },
): Promise<{ taken: Map<number, number>; nextLapse: number | null }> {
  const rows = await selectRows<{ starts_at: string | Date; taken: number; next_lapse: string | Date | null }>(
    db,
    sql`
    select starts_at, count(*)::int as taken, min(expires_at) as next_lapse from booking_places
    where service_id = ${target.serviceId} and office_id = ${target.officeId}
      and starts_at >= ${target.from.toISOString()} and starts_at < ${target.to.toISOString()}
      and (expires_at is null or expires_at > now())
    group by starts_at`,
  );
  const lapses = rows.flatMap((row) => (row.next_lapse ? [new Date(row.next_lapse).getTime()] : []));
  return {
    taken: new Map(rows.map((row) => [new Date(row.starts_at).getTime(), row.taken])),
    nextLapse: lapses.length > 0 ? Math.min(...lapses) : null,
  };
}
