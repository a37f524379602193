import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookSlot, daysFromNow, freeSlots, guest, identityCard } from '../support/booking';
import { failureOf, signIn, startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp?.close());

const minutes = (count: number) => count * 60_000;
const shifted = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** Every slot-taking call refuses the same start the same way, and nothing is stored. */
async function expectRefused(start: string, appCode: string, service = identityCard) {
  const client = testApp.client('it');
  const before = await countPlaces();
  const hold = await failureOf(client.booking.hold.mutate({ ...service, start }));
  const confirm = await failureOf(bookSlot(client, start, { target: service }));
  for (const failure of [hold, confirm]) {
    expect(failure.data?.appCode).toBe(appCode);
    expect(failure.data?.httpStatus).toBeGreaterThanOrEqual(400);
    expect(failure.data?.httpStatus).toBeLessThan(500);
  }
  expect(await countPlaces()).toBe(before);
  return hold.message;
}

async function countPlaces(): Promise<number> {
  const result = (await testApp.database.db.execute(
    sql`select count(*)::int as places from booking_places`,
  )) as unknown as {
    rows: { places: number }[];
  };
  return result.rows[0]!.places;
}

describe('slots that cannot be booked get a clear 4xx and change nothing', () => {
  it('a slot in the past', async () => {
    await expectRefused(new Date(Date.now() - minutes(90)).toISOString(), 'SLOT_IN_PAST');
  });

  it('a slot beyond the booking window, naming the last bookable day', async () => {
    const message = await expectRefused(`${daysFromNow(200)}T09:00:00.000Z`, 'SLOT_BEYOND_WINDOW');
    expect(message).toMatch(/fino al/);
  });

  it('a day the office is closed, naming the holiday or closure', async () => {
    const availability = await testApp.client('it').booking.availability.query({
      ...identityCard,
      from: daysFromNow(1),
      to: daysFromNow(55),
    });
    const closed = availability.offices[0]!.days.find((day) => day.closed);
    expect(closed, 'a holiday or closure within the window').toBeDefined();
    const message = await expectRefused(`${closed!.date}T10:00:00.000Z`, 'SLOT_OFFICE_CLOSED');
    expect(message).toContain(closed!.closed!.reason);
  });

  it('outside opening hours, or a start the schedule does not generate', async () => {
    const [slot] = await freeSlots(testApp.client());
    await expectRefused(shifted(slot!.start, minutes(7)), 'SLOT_NOT_OFFERED');
    await expectRefused(`${slot!.start.slice(0, 10)}T02:00:00.000Z`, 'SLOT_NOT_OFFERED');
  });

  it('a slot sooner than the minimum notice', async () => {
    const imu = { service: 'pagamento-imu', office: 'ufficio-tributi' };
    const [slot] = await freeSlots(testApp.client(), imu);
    await testApp.database.db.execute(
      sql`update bookable_services set min_notice_minutes = ${60 * 24 * 30}
          where service_id = (select id from services where slug = 'pagamento-imu')`,
    );
    const message = await expectRefused(slot!.start, 'SLOT_TOO_SOON', imu);
    expect(message).toMatch(/a partire da/);
  });

  it('a service that is not bookable, not at that office, or at an office that does not exist', async () => {
    const client = testApp.client('en');
    const start = (await freeSlots(client))[0]!.start;
    const notBookable = await failureOf(
      client.booking.hold.mutate({ service: 'pagamento-multe', office: 'comando-polizia-locale', start }),
    );
    expect(notBookable.data?.appCode).toBe('SERVICE_NOT_BOOKABLE');
    expect(notBookable.data?.httpStatus).toBe(404);
    const elsewhere = await failureOf(
      client.booking.availability.query({
        ...identityCard,
        office: 'ufficio-tributi',
        from: daysFromNow(1),
        to: daysFromNow(2),
      }),
    );
    expect(elsewhere.data?.appCode).toBe('SERVICE_NOT_BOOKABLE');
    const nowhere = await failureOf(
      client.booking.availability.query({
        ...identityCard,
        office: 'ufficio-mai-visto',
        from: daysFromNow(1),
        to: daysFromNow(2),
      }),
    );
    expect(nowhere.data).toMatchObject({ appCode: 'OFFICE_NOT_FOUND', httpStatus: 404 });
    expect(nowhere.message).toContain('ufficio-mai-visto');
  });
});

describe('holds and applicants', () => {
  it('refuses someone else’s hold as a missing one, and a wrong secret the same way', async () => {
    const [slot] = await freeSlots(testApp.client());
    const owner = testApp.client();
    const hold = await owner.booking.hold.mutate({ ...identityCard, start: slot!.start });
    const stranger = await signIn(testApp, 'estraneo@example.it');
    for (const place of [
      { kind: 'hold' as const, holdId: hold.holdId },
      { kind: 'hold' as const, holdId: hold.holdId, secret: 'x'.repeat(43) },
    ]) {
      const failure = await failureOf(
        stranger.booking.confirm.mutate({ idempotencyKey: randomUUID(), place, applicant: guest }),
      );
      expect(failure.data?.appCode).toBe('HOLD_NOT_FOUND');
      expect(failure.data?.httpStatus).toBe(404);
    }
    const booked = await owner.booking.confirm.mutate({
      idempotencyKey: randomUUID(),
      place: { kind: 'hold', holdId: hold.holdId, secret: hold.secret },
      applicant: guest,
    });
    expect(booked.status).toBe('confirmed');
  });

  it('gives more time on a live hold, to its holder only, up to three hold lengths', async () => {
    const [slot] = await freeSlots(testApp.client());
    const client = testApp.client('it');
    const hold = await client.booking.hold.mutate({ ...identityCard, start: slot!.start });
    const ref = { holdId: hold.holdId, secret: hold.secret };
    const extended = await client.booking.extendHold.mutate(ref);
    expect(Date.parse(extended.expiresAt)).toBeGreaterThanOrEqual(Date.parse(hold.expiresAt));
    expect(Date.parse(extended.expiresAt)).toBeLessThanOrEqual(Date.now() + minutes(10) + 1_000);
    const stranger = await failureOf(
      testApp.client().booking.extendHold.mutate({ holdId: hold.holdId, secret: 'y'.repeat(43) }),
    );
    expect(stranger.data?.appCode).toBe('HOLD_NOT_FOUND');
    await testApp.database.db.execute(
      sql`update booking_places set created_at = now() - interval '25 minutes' where id = ${hold.holdId}`,
    );
    const capped = await client.booking.extendHold.mutate(ref);
    expect(Date.parse(capped.expiresAt)).toBeLessThanOrEqual(Date.now() + minutes(5) + 1_000);
    await testApp.database.db.execute(
      sql`update booking_places set expires_at = now() - interval '1 second' where id = ${hold.holdId}`,
    );
    const lapsed = await failureOf(client.booking.extendHold.mutate(ref));
    expect(lapsed.data?.appCode).toBe('HOLD_EXPIRED');
    expect(lapsed.data?.httpStatus).toBe(409);
  });

  it('names the field of a malformed email or codice fiscale, in the caller’s language', async () => {
    const [slot] = await freeSlots(testApp.client());
    const client = testApp.client('en');
    const place = { kind: 'slot' as const, ...identityCard, start: slot!.start };
    const badEmail = await failureOf(
      client.booking.confirm.mutate({ idempotencyKey: randomUUID(), place, applicant: { ...guest, email: 'mario@' } }),
    );
    expect(badEmail.data?.httpStatus).toBe(400);
    expect(badEmail.message).toMatch(/email/i);
    const badFiscalCode = await failureOf(
      client.booking.confirm.mutate({
        idempotencyKey: randomUUID(),
        place,
        applicant: { ...guest, fiscalCode: 'RSSMRA80A01H501X' },
      }),
    );
    expect(badFiscalCode.data?.httpStatus).toBe(400);
    expect(badFiscalCode.message).toMatch(/tax code/);
    const after = await freeSlots(client);
    expect(after.find((candidate) => candidate.start === slot!.start)?.free).toBe(slot!.free);
  });
});

describe('changing a booking', () => {
  it('refuses to cancel or move after the deadline, and keeps the booking', async () => {
    const residence = { service: 'cambio-di-residenza', office: 'sportello-polifunzionale' };
    const [slot, other] = await freeSlots(testApp.client(), residence);
    const booking = await bookSlot(testApp.client(), slot!.start, { target: residence });
    await testApp.database.db.execute(
      sql`update bookable_services set cancel_deadline_minutes = ${60 * 24 * 60}
          where service_id = (select id from services where slug = 'cambio-di-residenza')`,
    );
    const client = testApp.client('it');
    const ref = { code: booking.code, email: guest.email };
    const cancel = await failureOf(client.booking.cancel.mutate({ ...ref, idempotencyKey: randomUUID() }));
    expect(cancel.data?.appCode).toBe('BOOKING_DEADLINE_PASSED');
    expect(cancel.data?.httpStatus).toBe(409);
    const move = await failureOf(
      client.booking.reschedule.mutate({ ...ref, idempotencyKey: randomUUID(), start: other!.start }),
    );
    expect(move.data?.appCode).toBe('BOOKING_DEADLINE_PASSED');
    const kept = await client.booking.lookup.query(ref);
    expect(kept).toMatchObject({ status: 'confirmed', start: slot!.start, changeable: false });
  });

  it('refuses to move a booking onto its own slot, or with another booking’s key', async () => {
    const client = testApp.client('it');
    const [first, second] = await freeSlots(client);
    const booking = await bookSlot(client, first!.start);
    const ref = { code: booking.code, email: guest.email };
    const same = await failureOf(
      client.booking.reschedule.mutate({ ...ref, idempotencyKey: randomUUID(), start: first!.start }),
    );
    expect(same.data?.appCode).toBe('BOOKING_SAME_SLOT');
    const other = await bookSlot(client, second!.start);
    const key = randomUUID();
    await client.booking.cancel.mutate({ code: other.code, email: guest.email, idempotencyKey: key });
    const reused = await failureOf(client.booking.cancel.mutate({ ...ref, idempotencyKey: key }));
    expect(reused.data?.appCode).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await client.booking.lookup.query(ref)).status).toBe('confirmed');
  });
});

describe('the database itself refuses overbooking, whatever the code does', () => {
  const sqlFails = async (query: ReturnType<typeof sql>) => {
    await expect(testApp.database.db.execute(query)).rejects.toThrow();
  };

  it('refuses a seat beyond capacity, a second row on a taken seat, a lower capacity, and removing booked rules', async () => {
    const client = testApp.client();
    const [slot] = await freeSlots(client, { service: 'pagamento-tari', office: 'ufficio-tributi' });
    const booking = await bookSlot(client, slot!.start, {
      target: { service: 'pagamento-tari', office: 'ufficio-tributi' },
    });
    const rules = sql`(select service_id, office_id, capacity from bookable_services
      where service_id = (select id from services where slug = 'pagamento-tari'))`;
    const insertSeat = (seat: number) => sql`
      insert into booking_places (service_id, office_id, capacity, starts_at, ends_at, seat, expires_at)
      select service_id, office_id, capacity, ${slot!.start}::timestamptz, ${slot!.end}::timestamptz, ${seat},
             now() + interval '10 minutes'
      from ${rules} as r`;
    await sqlFails(insertSeat(3));
    await sqlFails(insertSeat(1));
    await testApp.database.db.execute(insertSeat(2));
    await sqlFails(sql`update bookable_services set capacity = 1
      where service_id = (select id from services where slug = 'pagamento-tari')`);
    await sqlFails(sql`delete from bookable_services
      where service_id = (select id from services where slug = 'pagamento-tari')`);
    const kept = await testApp.client().booking.lookup.query({ code: booking.code, email: guest.email });
    expect(kept.status).toBe('confirmed');
  });
});
