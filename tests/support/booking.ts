import { randomUUID } from 'node:crypto';
import type { SlotAvailability } from '../../shared/booking/api';
import type { ApiClient } from './test-app';

export const identityCard = { service: 'carta-di-identita-elettronica', office: 'sportello-polifunzionale' };

export const guest = { givenName: 'Mario', familyName: 'Bianchi', email: 'mario.bianchi@example.it' };

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
export const daysFromNow = (days: number) => isoDate(new Date(Date.now() + days * 86_400_000));

/** The open slots of a bookable service from the day after tomorrow (past every cancel deadline) for weeks. */
export async function freeSlots(
  client: ApiClient,
  target: { service: string; office: string } = identityCard,
  range: { from?: string; to?: string } = {},
): Promise<SlotAvailability[]> {
  const availability = await client.booking.availability.query({
    ...target,
    from: range.from ?? daysFromNow(2),
    to: range.to ?? daysFromNow(40),
  });
  return availability.offices[0]!.days.flatMap((day) => day.slots.filter((slot) => slot.free > 0));
}

/** Books a slot directly (no hold) as a guest or as the client's signed-in person. */
export function bookSlot(
  client: ApiClient,
  start: string,
  options: { target?: { service: string; office: string }; email?: string; key?: string } = {},
) {
  return client.booking.confirm.mutate({
    idempotencyKey: options.key ?? randomUUID(),
    place: { kind: 'slot', ...(options.target ?? identityCard), start },
    applicant: { ...guest, email: options.email ?? guest.email },
    reason: 'Primo rilascio',
  });
}
