import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookSlot, freeSlots, guest, identityCard } from '../support/booking';
import { failureOf, signIn, startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp?.close());

describe('booking an appointment', () => {
  it('holds a place, confirms it with a code, finds it by code and email, and cancels it', async () => {
    const client = testApp.client('it');
    const [slot] = await freeSlots(client);
    const hold = await client.booking.hold.mutate({ ...identityCard, start: slot!.start });
    expect(hold.start).toBe(slot!.start);
    const after = await freeSlots(client);
    expect(after.find((candidate) => candidate.start === slot!.start)?.free ?? 0).toBe(slot!.free - 1);

    const key = randomUUID();
    const booking = await client.booking.confirm.mutate({
      idempotencyKey: key,
      place: { kind: 'hold', holdId: hold.holdId, secret: hold.secret },
      applicant: { ...guest, fiscalCode: 'RSSMRA80A01H501U' },
      reason: 'Primo rilascio',
    });
    expect(booking.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
    expect(booking).toMatchObject({ status: 'confirmed', start: slot!.start, changeable: true });
    const replay = await client.booking.confirm.mutate({
      idempotencyKey: key,
      place: { kind: 'hold', holdId: hold.holdId, secret: hold.secret },
      applicant: guest,
    });
    expect(replay.code).toBe(booking.code);

    const found = await client.booking.lookup.query({ code: booking.code.toLowerCase(), email: guest.email });
    expect(found.code).toBe(booking.code);
    const wrongEmail = await failureOf(client.booking.lookup.query({ code: booking.code, email: 'x@example.it' }));
    const unknown = await failureOf(client.booking.lookup.query({ code: 'ABCDE23456', email: guest.email }));
    expect(wrongEmail.message).toBe(unknown.message);
    expect(wrongEmail.data?.httpStatus).toBe(404);

    const cancelKey = randomUUID();
    const cancelled = await client.booking.cancel.mutate({ code: booking.code, email: guest.email, idempotencyKey: cancelKey });
    expect(cancelled.status).toBe('cancelled');
    const again = await client.booking.cancel.mutate({ code: booking.code, email: guest.email, idempotencyKey: cancelKey });
    expect(again.status).toBe('cancelled');
    const twice = await failureOf(
      client.booking.cancel.mutate({ code: booking.code, email: guest.email, idempotencyKey: randomUUID() }),
    );
    expect(twice.data?.appCode).toBe('BOOKING_ALREADY_CANCELLED');
  });

  it('lists a signed-in citizen’s bookings', async () => {
    const client = await signIn(testApp, 'prenota@example.it');
    const [slot] = await freeSlots(client);
    const booking = await bookSlot(client, slot!.start, { email: 'altra@example.it' });
    const mine = await client.booking.mine.query({ include: 'upcoming' });
    expect(mine.map((entry) => entry.code)).toContain(booking.code);
    expect((await client.booking.lookup.query({ code: booking.code })).code).toBe(booking.code);
  });
});
