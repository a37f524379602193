import { eq } from 'drizzle-orm';
import { type SeedBookingData, SeedBookingSchema } from '../../shared/booking/seed-types';
import type { DatabaseHandle, Transaction } from '../db/client';
import { bookableServices, officeClosures, offices, services } from '../db/schema';
import { loadOnce, SeedError } from './load-once';

/** Loads booking rules once per database, like the catalog: marker and data commit together. */
export async function loadBookingOnce(handle: DatabaseHandle, marker: string, booking: unknown): Promise<boolean> {
  const parsed = SeedBookingSchema.safeParse(booking);
  if (!parsed.success) throw new SeedError(`Invalid booking seed data: ${parsed.error.message}`);
  return loadOnce(handle, marker, (tx) => insertBooking(tx, parsed.data));
}

async function insertBooking(tx: Transaction, booking: SeedBookingData): Promise<void> {
  const officeIds = new Map(
    (await tx.select({ id: offices.id, slug: offices.slug }).from(offices)).map((row) => [row.slug, row.id]),
  );
  const serviceIds = new Map(
    (await tx.select({ id: services.id, slug: services.slug }).from(services)).map((row) => [row.slug, row.id]),
  );
  const idOf = (ids: Map<string, string>, slug: string, what: string) => {
    const id = ids.get(slug);
    if (!id) throw new SeedError(`Unknown ${what} "${slug}" in booking seed data`);
    return id;
  };
  for (const { office, ...patronSaint } of booking.patronSaints) {
    await tx
      .update(offices)
      .set({ patronSaint })
      .where(eq(offices.id, idOf(officeIds, office, 'office')));
  }
  if (booking.closures.length > 0) {
    await tx.insert(officeClosures).values(
      booking.closures.map((closure) => ({
        officeId: idOf(officeIds, closure.office, 'office'),
        startsOn: closure.from,
        endsOn: closure.to,
        reason: closure.reason,
      })),
    );
  }
  if (booking.services.length > 0) {
    await tx.insert(bookableServices).values(
      booking.services.map(({ service, office, meetingUrlBase, ...rules }) => ({
        ...rules,
        serviceId: idOf(serviceIds, service, 'service'),
        officeId: idOf(officeIds, office, 'office'),
        meetingUrlBase: meetingUrlBase ?? null,
      })),
    );
  }
}
