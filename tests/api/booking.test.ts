import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookSlot, daysFromNow, freeSlots, guest, identityCard } from '../support/booking';
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
    expect(wrongEmail.data?.appCode).toBe('BOOKING_NOT_FOUND');

    const cancelKey = randomUUID();
    const cancelled = await client.booking.cancel.mutate({
      code: booking.code,
      email: guest.email,
      idempotencyKey: cancelKey,
    });
    expect(cancelled.status).toBe('cancelled');
    const again = await client.booking.cancel.mutate({
      code: booking.code,
      email: guest.email,
      idempotencyKey: cancelKey,
    });
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
    const exported = await client.me.exportData.query();
    expect(exported.bookings).toEqual([expect.objectContaining({ code: booking.code, status: 'confirmed' })]);
  });
});

describe('availability', () => {
  it('gives free places per day and per slot, labels closed days, and points to the next free day', async () => {
    const client = testApp.client('en');
    const availability = await client.booking.availability.query({
      ...identityCard,
      from: daysFromNow(2),
      to: daysFromNow(40),
    });
    const [office] = availability.offices;
    expect(office).toMatchObject({
      mode: 'in_person',
      slotMinutes: 20,
      office: { slug: identityCard.office, timeZone: 'Europe/Rome' },
    });
    const open = office!.days.find((day) => day.slots.length > 0)!;
    expect(open.free).toBe(open.slots.reduce((sum, slot) => sum + slot.free, 0));
    expect(open.slots[0]).toMatchObject({ capacity: 2 });
    expect(office!.days.some((day) => day.closed?.kind === 'holiday')).toBe(true);
    expect(office!.nextAvailable).toBeNull();
    // A Sunday alone has no slots: the answer names the next day that has some.
    const sunday = office!.days.find((day) => new Date(`${day.date}T12:00:00Z`).getUTCDay() === 0)!;
    const closedDay = await client.booking.availability.query({ ...identityCard, from: sunday.date, to: sunday.date });
    expect(closedDay.offices[0]!.days[0]!.free).toBe(0);
    expect(closedDay.offices[0]!.nextAvailable!.date > sunday.date).toBe(true);
  });

  it('lists every office of a service when none is named, and the bookable services', async () => {
    const client = testApp.client('it');
    const both = await client.booking.availability.query({
      service: 'contrassegno-disabili',
      from: daysFromNow(2),
      to: daysFromNow(3),
    });
    expect(both.offices.map((entry) => entry.office.slug)).toEqual([
      'comando-polizia-locale',
      'sportello-polifunzionale',
    ]);
    const { services } = await client.booking.services.query();
    expect(services.find((service) => service.slug === identityCard.service)?.offices).toEqual([
      { slug: identityCard.office, name: 'Sportello polifunzionale del cittadino', mode: 'in_person' },
    ]);
  });

  it('refuses a range that is backwards or too long', async () => {
    const client = testApp.client('en');
    const backwards = await failureOf(
      client.booking.availability.query({ ...identityCard, from: daysFromNow(5), to: daysFromNow(1) }),
    );
    expect(backwards.data?.httpStatus).toBe(400);
    const tooLong = await failureOf(
      client.booking.availability.query({ ...identityCard, from: daysFromNow(1), to: daysFromNow(100) }),
    );
    expect(tooLong.message).toMatch(/at most 61 days after the start date/);
  });
});

describe('moving a booking and its calendar file', () => {
  it('moves to a free slot, bumps the calendar SEQUENCE, and cancels with METHOD:CANCEL', async () => {
    const client = testApp.client('it');
    const [first, second] = await freeSlots(client);
    const booking = await bookSlot(client, first!.start);
    const ics = async (path: string) => {
      const response = await fetch(`${testApp.url}${path}`);
      expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
      return (await response.text()).replace(/\r\n /g, '');
    };
    const original = await ics(booking.icsPath);
    expect(original).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(original).toContain('SEQUENCE:0');
    expect(original).toContain('DTSTART;TZID=Europe/Rome:');
    expect(original).toContain('BEGIN:VTIMEZONE');
    const uid = /UID:(.+)\r\n/.exec(original)![1];

    const moved = await client.booking.reschedule.mutate({
      code: booking.code,
      email: guest.email,
      idempotencyKey: randomUUID(),
      start: second!.start,
    });
    expect(moved.start).toBe(second!.start);
    const slots = await freeSlots(client);
    expect(slots.find((slot) => slot.start === first!.start)?.free).toBe(first!.free);
    const updated = await ics(moved.icsPath);
    expect(updated).toContain(`UID:${uid}`);
    expect(updated).toContain('SEQUENCE:1');

    await client.booking.cancel.mutate({ code: booking.code, email: guest.email, idempotencyKey: randomUUID() });
    const cancelled = await ics(moved.icsPath);
    expect(cancelled).toContain('METHOD:CANCEL');
    expect(cancelled).toContain('STATUS:CANCELLED');
    expect(cancelled).toContain('SEQUENCE:2');
  });

  it('serves the QR code only with the booking’s token, and offers calendar links', async () => {
    const client = testApp.client('it');
    const [slot] = await freeSlots(client);
    const booking = await bookSlot(client, slot!.start);
    const qr = await fetch(`${testApp.url}${booking.qrPath}`);
    expect(qr.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await qr.text()).toMatch(/^<svg /);
    const forged = await fetch(`${testApp.url}/qr/${booking.code}.svg?t=${'0'.repeat(32)}`);
    expect(forged.status).toBe(404);
    expect((await fetch(`${testApp.url}/ics/${booking.code}`)).status).toBe(404);
    expect(new URL(booking.googleCalendarUrl).hostname).toBe('calendar.google.com');
    expect(new URL(booking.outlookCalendarUrl).hostname).toBe('outlook.live.com');
  });

  it('gives video appointments their meeting link on confirmation', async () => {
    const suap = { service: 'scia-apertura-attivita-commerciale', office: 'ufficio-tecnico-suap' };
    const [slot] = await freeSlots(testApp.client(), suap);
    const booking = await bookSlot(testApp.client(), slot!.start, { target: suap });
    expect(booking.mode).toBe('video');
    expect(booking.meetingUrl).toBe(`https://meet.comune.valdoria.example.it/suap/${booking.code}`);
  });

  it('mails the code to the applicant once, whatever the replays', async () => {
    const client = testApp.client('en');
    const [slot] = await freeSlots(client);
    const key = randomUUID();
    const email = 'once@example.it';
    const booking = await bookSlot(client, slot!.start, { email, key });
    await bookSlot(client, slot!.start, { email, key });
    const mails = (await testApp.mailbox()).filter((mail) => mail.to === email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`${booking.code.slice(0, 5)}-${booking.code.slice(5)}`);
  });
});

describe('lookups by code are rate limited', () => {
  it('answers 429 once an address has looked up too many codes', async () => {
    const limited = await startTestApp({ config: { rateLimits: { signInPerMinute: 100, lookupsPerMinute: 3 } } });
    try {
      const client = limited.client('en');
      for (let attempt = 0; attempt < 3; attempt++) {
        const miss = await failureOf(client.booking.lookup.query({ code: 'ABCDE23456', email: guest.email }));
        expect(miss.data?.httpStatus).toBe(404);
      }
      const blocked = await failureOf(client.booking.lookup.query({ code: 'ABCDE23456', email: guest.email }));
      expect(blocked.data?.httpStatus).toBe(429);
      const cancel = await failureOf(
        client.booking.cancel.mutate({ code: 'ABCDE23456', email: guest.email, idempotencyKey: randomUUID() }),
      );
      expect(cancel.data?.httpStatus).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
