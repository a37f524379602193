import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlotAvailability } from '../../shared/booking/api';
import { formatSlotMoment } from '../../shared/booking/format';
import { bookSlot, daysFromNow, freeSlots, guest, identityCard } from '../support/booking';
import { type Deployment, settle, slotRows, startDeployment, tally } from '../support/deployment';
import { type ApiClient, failureOf, signInWithFetch } from '../support/test-app';

/**
 * No overbooking, ever: the database keeps a slot within its capacity however many requests race for it.
 * On PostgreSQL the requests alternate between two app instances on one database, as two processes would.
 */
let deployment: Deployment;
let clients: ApiClient[];
/** Free slots of the identity card service (capacity 2) when the file starts; each test takes its own. */
let slots: SlotAvailability[];

const clientFor = (index: number) => clients[index % clients.length]!;
const zone = 'Europe/Rome';

beforeAll(async () => {
  deployment = await startDeployment();
  clients = deployment.apps.map((app) => app.client('en'));
  slots = await freeSlots(clients[0]!);
  expect(slots[0]!.capacity).toBe(2);
});
afterAll(() => deployment?.close());

const rowsAt = (start: string) => slotRows(deployment.apps[0]!, identityCard, start);

/** Every slot from today on, full ones included, as the date picker sees them. */
async function allSlots(): Promise<SlotAvailability[]> {
  const availability = await clientFor(1).booking.availability.query({
    ...identityCard,
    from: daysFromNow(0),
    to: daysFromNow(40),
  });
  return availability.offices[0]!.days.flatMap((day) => day.slots);
}

const freeAt = async (start: string) => (await allSlots()).find((slot) => slot.start === start)?.free;

function confirmHold(client: ApiClient, hold: { holdId: string; secret: string }) {
  return client.booking.confirm.mutate({
    idempotencyKey: randomUUID(),
    place: { kind: 'hold', ...hold },
    applicant: guest,
  });
}

describe(`capacity under concurrency (${process.env.TEST_DATABASE_URL ? 'PostgreSQL, two instances' : 'PGlite'})`, () => {
  it('200 concurrent confirmations of a slot of capacity 2 make 2 bookings and 198 conflicts naming free times', async () => {
    const { start } = slots[0]!;
    const outcomes = await settle(
      Array.from({ length: 200 }, (_, index) =>
        bookSlot(clientFor(index), start, { email: `storm-${index}@example.it` }),
      ),
    );
    const booked = outcomes.flatMap((outcome) => (outcome.value ? [outcome.value] : []));
    expect(booked).toHaveLength(2);
    expect(new Set(booked.map((booking) => booking.code)).size).toBe(2);
    expect(tally(outcomes.map((outcome) => outcome.error))).toEqual({ 'SLOT_FULL 409': 198 });
    expect(outcomes.find((outcome) => outcome.error)?.error?.data?.code).toBe('CONFLICT');

    const free = (await allSlots()).filter((slot) => slot.free > 0);
    const nearest = free.sort(
      (left, right) =>
        Math.abs(Date.parse(left.start) - Date.parse(start)) - Math.abs(Date.parse(right.start) - Date.parse(start)),
    )[0]!;
    for (const { error } of outcomes.filter((outcome) => outcome.error)) {
      expect(error!.message).toContain('Nearest free times:');
      expect(error!.message).toContain(formatSlotMoment(nearest.start, zone, 'en'));
    }

    expect(await rowsAt(start)).toEqual({ places: 2, holds: 0, bookings: 2 });
    // The 198 losers rolled back entirely: no booking row without a place.
    const [stored] = await deployment.apps[0]!.database.query<{ n: number }>(
      `select count(*)::int as n from bookings where email like 'storm-%'`,
    );
    expect(stored!.n).toBe(2);
    expect(await freeAt(start)).toBe(0);
  });

  it('50 concurrent holds on a slot of capacity 2 give 2 holds', async () => {
    const { start } = slots[3]!;
    const outcomes = await settle(
      Array.from({ length: 50 }, (_, index) => clientFor(index).booking.hold.mutate({ ...identityCard, start })),
    );
    expect(outcomes.filter((outcome) => outcome.value)).toHaveLength(2);
    expect(tally(outcomes.map((outcome) => outcome.error))).toEqual({ 'SLOT_FULL 409': 48 });
    expect(await rowsAt(start)).toEqual({ places: 2, holds: 2, bookings: 0 });
    expect(await freeAt(start)).toBe(0);
  });

  it('the same idempotency key sent 20 times at once makes one booking', async () => {
    const { start } = slots[5]!;
    const key = randomUUID();
    const outcomes = await settle(
      Array.from({ length: 20 }, (_, index) => bookSlot(clientFor(index), start, { key, email: 'stessa@example.it' })),
    );
    expect(tally(outcomes.map((outcome) => outcome.error))).toEqual({});
    expect(new Set(outcomes.map((outcome) => outcome.value?.code)).size).toBe(1);
    expect(await rowsAt(start)).toEqual({ places: 1, holds: 0, bookings: 1 });
    const [stored] = await deployment.apps[0]!.database.query<{ n: number }>(
      'select count(*)::int as n from bookings where idempotency_key = $1',
      [key],
    );
    expect(stored!.n).toBe(1);
  });

  it('an expired hold frees its place with no job run, and can no longer be confirmed', async () => {
    const { start } = slots[7]!;
    const client = clientFor(0);
    const [lapsing, kept] = await Promise.all([
      client.booking.hold.mutate({ ...identityCard, start }),
      clientFor(1).booking.hold.mutate({ ...identityCard, start }),
    ]);
    expect((await failureOf(bookSlot(client, start))).data?.appCode).toBe('SLOT_FULL');

    // Holds last 10 minutes: move this one's end into the past rather than wait.
    await deployment.apps[0]!.database.query(
      `update booking_places set expires_at = now() - interval '1 minute' where id = $1`,
      [lapsing!.holdId],
    );
    expect(await freeAt(start)).toBe(1);
    const expired = await failureOf(confirmHold(client, lapsing!));
    expect(expired.data).toMatchObject({ appCode: 'HOLD_EXPIRED', httpStatus: 409 });

    const taker = await bookSlot(clientFor(1), start, { email: 'subentra@example.it' });
    expect(taker.start).toBe(start);
    const gone = await failureOf(confirmHold(client, lapsing!));
    expect(gone.data).toMatchObject({ appCode: 'HOLD_NOT_FOUND', httpStatus: 404 });

    expect((await confirmHold(clientFor(1), kept!)).start).toBe(start);
    expect(await rowsAt(start)).toEqual({ places: 2, holds: 0, bookings: 2 });
  });

  it('releasing a hold after confirming it leaves the booking its seat', async () => {
    const { start } = slots[17]!;
    const fetchWithCookies = (await signInWithFetch(deployment.apps[0]!, 'ripensa@example.it', 'en')).fetch;
    const citizen = deployment.apps.at(-1)!.client('en', fetchWithCookies);
    const hold = await citizen.booking.hold.mutate({ ...identityCard, start });
    await confirmHold(citizen, { holdId: hold.holdId, secret: hold.secret });
    const late = await failureOf(citizen.booking.releaseHold.mutate({ holdId: hold.holdId }));
    expect(late.data).toMatchObject({ appCode: 'HOLD_NOT_FOUND', httpStatus: 404 });
    expect(await rowsAt(start)).toEqual({ places: 1, holds: 0, bookings: 1 });
    expect(await freeAt(start)).toBe(1);
  });

  it('rescheduling to a full slot keeps the old place; to a free one moves it and frees the old seat', async () => {
    const [from, full, to] = [slots[9]!.start, slots[11]!.start, slots[13]!.start];
    const email = 'sposta@example.it';
    const moving = await bookSlot(clientFor(0), from, { email });
    await Promise.all([bookSlot(clientFor(0), full), bookSlot(clientFor(1), full)]);
    const move = (start: string, client = clientFor(1), code = moving.code) =>
      client.booking.reschedule.mutate({ code, email, idempotencyKey: randomUUID(), start });

    const refused = await failureOf(move(full));
    expect(refused.data).toMatchObject({ appCode: 'SLOT_FULL', httpStatus: 409 });
    expect((await clientFor(0).booking.lookup.query({ code: moving.code, email })).start).toBe(from);
    expect(await rowsAt(from)).toEqual({ places: 1, holds: 0, bookings: 1 });
    expect(await rowsAt(full)).toEqual({ places: 2, holds: 0, bookings: 2 });

    expect(await freeAt(from)).toBe(1);
    expect(await freeAt(to)).toBe(2);
    expect((await move(to)).start).toBe(to);
    expect(await freeAt(from)).toBe(2);
    expect(await freeAt(to)).toBe(1);
    expect(await rowsAt(from)).toEqual({ places: 0, holds: 0, bookings: 0 });

    // Two bookings racing for the one place left: one moves, the other stays where it was.
    const { start: pairStart } = slots[15]!;
    const pair = await Promise.all([0, 1].map((index) => bookSlot(clientFor(index), pairStart, { email })));
    const outcomes = await settle(pair.map((booking, index) => move(to, clientFor(index), booking.code)));
    expect(outcomes.filter((outcome) => outcome.value)).toHaveLength(1);
    expect(tally(outcomes.map((outcome) => outcome.error))).toEqual({ 'SLOT_FULL 409': 1 });
    expect(await rowsAt(to)).toEqual({ places: 2, holds: 0, bookings: 2 });
    expect(await rowsAt(pairStart)).toEqual({ places: 1, holds: 0, bookings: 1 });
  });
});
