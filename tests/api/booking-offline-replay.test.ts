import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookSlot, freeSlots, guest } from '../support/booking';
import { failureOf, startTestApp, type TestApp } from '../support/test-app';

/**
 * A phone sends the cancellations and moves its citizen made offline when the connection comes back,
 * maybe hours later and maybe twice (the first answer lost). Replayed with the same idempotency key,
 * each answers what it did the first time and changes nothing, even once the rules would refuse it as
 * a new request.
 */
let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp?.close());

const residence = { service: 'cambio-di-residenza', office: 'sportello-polifunzionale' };
const eventsOf = (code: string) =>
  testApp.database.query<{ kind: string }>(
    `select e.kind from booking_events e join bookings b on b.id = e.booking_id where b.code = $1 order by e.created_at`,
    [code],
  );
const setRule = (column: 'cancel_deadline_minutes' | 'min_notice_minutes', minutes: number) =>
  testApp.database.db.execute(
    sql`update bookable_services set ${sql.raw(column)} = ${minutes}
        where service_id = (select id from services where slug = ${residence.service})`,
  );

describe('replaying a change made offline', () => {
  it('answers a cancellation replayed after the cancel deadline has passed, and cancels once', async () => {
    const client = testApp.client('it');
    const [slot] = await freeSlots(client, residence);
    const booking = await bookSlot(client, slot!.start, { target: residence });
    const ref = { code: booking.code, email: guest.email };
    const key = randomUUID();
    expect((await client.booking.cancel.mutate({ ...ref, idempotencyKey: key })).status).toBe('cancelled');

    await setRule('cancel_deadline_minutes', 60 * 24 * 60);
    try {
      const replay = await client.booking.cancel.mutate({ ...ref, idempotencyKey: key });
      expect(replay).toMatchObject({ code: booking.code, status: 'cancelled' });
      // A new cancellation is still refused: only the replay is recognised.
      const again = await failureOf(client.booking.cancel.mutate({ ...ref, idempotencyKey: randomUUID() }));
      expect(again.data?.appCode).toBe('BOOKING_ALREADY_CANCELLED');
    } finally {
      await setRule('cancel_deadline_minutes', 1440);
    }
    expect((await eventsOf(booking.code)).map((event) => event.kind)).toEqual(['confirmed', 'cancelled']);
  });

  it('answers a move replayed after its new time has come too close to book, and moves once', async () => {
    const client = testApp.client('it');
    const [slot, later] = await freeSlots(client, residence);
    const booking = await bookSlot(client, slot!.start, { target: residence });
    const ref = { code: booking.code, email: guest.email };
    const key = randomUUID();
    const moved = await client.booking.reschedule.mutate({ ...ref, idempotencyKey: key, start: later!.start });
    expect(moved.start).toBe(later!.start);

    // The office now wants 60 days' notice: the new time could no longer be booked.
    await setRule('min_notice_minutes', 60 * 24 * 60);
    try {
      const fresh = await failureOf(
        client.booking.reschedule.mutate({ ...ref, idempotencyKey: randomUUID(), start: slot!.start }),
      );
      expect(fresh.data?.appCode).toBe('SLOT_TOO_SOON');
      const replay = await client.booking.reschedule.mutate({ ...ref, idempotencyKey: key, start: later!.start });
      expect(replay).toMatchObject({ code: booking.code, status: 'confirmed', start: later!.start });
    } finally {
      await setRule('min_notice_minutes', 60);
    }
    expect((await eventsOf(booking.code)).map((event) => event.kind)).toEqual(['confirmed', 'rescheduled']);
  });
});
