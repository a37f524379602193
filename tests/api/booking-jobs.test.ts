import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DayAvailability } from '../../shared/booking/api';
import { formatSlotMoment } from '../../shared/booking/format';
import { bookSlot, daysFromNow, freeSlots, guest } from '../support/booking';
import { slotRows, startDeployment } from '../support/deployment';
import { type ApiClient, failureOf, signIn, signInWithFetch, startTestApp, type TestApp } from '../support/test-app';

/** The waitlist and the reminders: what the background jobs do, run here by hand with app.jobs.runDue(now). */
let testApp: TestApp;
let visitor: ApiClient;
beforeAll(async () => {
  testApp = await startTestApp();
  visitor = testApp.client('en');
});
afterAll(() => testApp?.close());

const residence = { service: 'cambio-di-residenza', office: 'sportello-polifunzionale' };
const zone = 'Europe/Rome';

async function inbox(client: ApiClient, kind: string) {
  return (await client.inbox.list.query({ limit: 100 })).filter((message) => message.kind === kind);
}

async function freeAt(start: string, target = residence) {
  const availability = await visitor.booking.availability.query({
    ...target,
    from: daysFromNow(0),
    to: daysFromNow(40),
  });
  return availability.offices[0]!.days.flatMap((day) => day.slots).find((slot) => slot.start === start)?.free;
}

function confirmOffer(client: ApiClient, holdId: string, email: string) {
  return client.booking.confirm.mutate({
    idempotencyKey: randomUUID(),
    place: { kind: 'hold', holdId },
    applicant: { ...guest, email },
  });
}

describe('waitlist', () => {
  /** Untouched days of a one-desk service, fewest slots first (Saturday mornings: six slots). */
  let days: DayAvailability[];
  beforeAll(async () => {
    const availability = await visitor.booking.availability.query({
      ...residence,
      from: daysFromNow(2),
      to: daysFromNow(40),
    });
    days = availability.offices[0]!.days.filter(
      (day) => day.slots.length > 0 && day.slots.every((slot) => slot.free === slot.capacity),
    ).sort((left, right) => left.slots.length - right.slots.length || left.date.localeCompare(right.date));
    expect(days.length).toBeGreaterThanOrEqual(2);
  });

  /** Books every slot of the day, each for a different guest. */
  const fillDay = (day: DayAvailability) =>
    Promise.all(
      day.slots.map((slot, index) =>
        bookSlot(visitor, slot.start, { target: residence, email: `pieno-${day.date}-${index}@example.it` }),
      ),
    );
  const cancel = (booking: { code: string; applicant: { email: string } }) =>
    visitor.booking.cancel.mutate({ code: booking.code, email: booking.applicant.email, idempotencyKey: randomUUID() });

  it('offers a freed place to the first in line, held for them alone, who books it', async () => {
    const day = days[0]!;
    const first = await signIn(testApp, 'prima.in.fila@example.it', 'en');
    const second = await signIn(testApp, 'seconda.in.fila@example.it', 'en');
    const join = (client: ApiClient) => client.booking.waitlist.join.mutate({ ...residence, date: day.date });

    expect((await failureOf(join(first))).data).toMatchObject({ appCode: 'WAITLIST_DAY_NOT_FULL', httpStatus: 409 });
    const bookings = await fillDay(day);
    expect(await join(first)).toMatchObject({ status: 'waiting', position: 1 });
    const secondInLine = await join(second);
    expect(secondInLine).toMatchObject({ status: 'waiting', position: 2 });
    const notTheirs = await failureOf(first.booking.waitlist.leave.mutate({ id: secondInLine.id }));
    expect(notTheirs.data).toMatchObject({ appCode: 'WAITLIST_ENTRY_NOT_FOUND', httpStatus: 404 });

    const freed = bookings[1]!;
    await cancel(freed);
    const [offer, ...more] = await inbox(first, 'waitlist-offer');
    expect(more).toEqual([]);
    expect(offer?.link).toMatch(/^\/prenota\/offerta\/[0-9a-f-]{36}$/);
    const holdId = offer!.link!.split('/').at(-1)!;
    expect(await inbox(second, 'waitlist-offer')).toEqual([]);

    // Held for the first in line: nobody else sees the place or can take it.
    expect(await freeAt(freed.start)).toBe(0);
    expect((await failureOf(bookSlot(visitor, freed.start, { target: residence }))).data?.appCode).toBe('SLOT_FULL');
    expect(await first.booking.offer.query({ holdId })).toMatchObject({ holdId, start: freed.start });
    expect((await failureOf(second.booking.offer.query({ holdId }))).data?.appCode).toBe('HOLD_NOT_FOUND');
    const foreign = await failureOf(confirmOffer(second, holdId, 'seconda.in.fila@example.it'));
    expect(foreign.data).toMatchObject({ appCode: 'HOLD_NOT_FOUND', httpStatus: 404 });

    const booked = await confirmOffer(first, holdId, 'prima.in.fila@example.it');
    expect(booked).toMatchObject({ status: 'confirmed', start: freed.start });
    expect(await first.booking.waitlist.mine.query()).toEqual([]);
    expect(await second.booking.waitlist.mine.query()).toMatchObject([{ status: 'waiting', position: 1 }]);
    expect(await slotRows(testApp, residence, freed.start)).toEqual({ places: 1, holds: 0, bookings: 1 });
  });

  it('passes a lapsed offer to the next in line when the jobs run', async () => {
    const day = days[1]!;
    const first = await signIn(testApp, 'distratta@example.it', 'en');
    const second = await signIn(testApp, 'paziente@example.it', 'en');
    const bookings = await fillDay(day);
    for (const client of [first, second]) await client.booking.waitlist.join.mutate({ ...residence, date: day.date });

    const freed = bookings.at(-1)!;
    await cancel(freed);
    const lapsedId = (await inbox(first, 'waitlist-offer'))[0]!.link!.split('/').at(-1)!;
    await testApp.database.query(`update booking_places set expires_at = now() - interval '1 minute' where id = $1`, [
      lapsedId,
    ]);
    expect(await inbox(second, 'waitlist-offer')).toEqual([]);

    await testApp.app.jobs.runDue();
    const [offer] = await inbox(second, 'waitlist-offer');
    const holdId = offer!.link!.split('/').at(-1)!;
    expect(holdId).not.toBe(lapsedId);
    expect(await second.booking.offer.query({ holdId })).toMatchObject({ start: freed.start });
    expect((await failureOf(first.booking.offer.query({ holdId: lapsedId }))).data?.appCode).toBe('HOLD_NOT_FOUND');
    expect(await first.booking.waitlist.mine.query()).toEqual([]);
    expect(await freeAt(freed.start)).toBe(0);

    // Running the jobs again passes nothing on: the live offer stays with the second person.
    await testApp.app.jobs.runDue();
    expect(await inbox(first, 'waitlist-offer')).toHaveLength(1);
    expect(await inbox(second, 'waitlist-offer')).toHaveLength(1);
    expect((await confirmOffer(second, holdId, 'paziente@example.it')).start).toBe(freed.start);
  });
});

describe('reminders', () => {
  const at = (start: string, hours: number) => new Date(Date.parse(start) + hours * 3_600_000);
  const reminderMails = async (app: TestApp, code: string) =>
    (await app.mailbox()).filter(
      (mail) => /^(Promemoria|Reminder):/.test(mail.subject) && mail.text.includes(`/prenotazioni/${code}`),
    );
  const reminders = async (client: ApiClient, code: string) =>
    (await inbox(client, 'booking-reminder')).filter((message) => message.link === `/prenotazioni/${code}`);

  it('sends one reminder 24 hours before, to the inbox and by email, and only once', async () => {
    const email = 'promemoria@example.it';
    const owner = await signIn(testApp, email, 'en');
    const [slot] = await freeSlots(owner);
    const booking = await bookSlot(owner, slot!.start, { email });

    await testApp.app.jobs.runDue(at(slot!.start, -25));
    expect(await reminders(owner, booking.code)).toEqual([]);

    await testApp.app.jobs.runDue(at(slot!.start, -23));
    const [reminder, ...more] = await reminders(owner, booking.code);
    expect(more).toEqual([]);
    expect(reminder!.body).toContain(formatSlotMoment(slot!.start, zone, 'en'));
    const [mail] = await reminderMails(testApp, booking.code);
    expect(mail).toMatchObject({ to: email, subject: expect.stringMatching(/^Reminder:/) });

    await testApp.app.jobs.runDue(at(slot!.start, -23));
    await testApp.app.jobs.runDue(at(slot!.start, -1));
    expect(await reminders(owner, booking.code)).toHaveLength(1);
    expect(await reminderMails(testApp, booking.code)).toHaveLength(1);
  });

  it('follows a rescheduled booking to its new time and forgets a cancelled one', async () => {
    const email = 'agenda@example.it';
    const owner = await signIn(testApp, email, 'en');
    const slots = await freeSlots(owner);
    const [from, dropped] = [slots[4]!, slots[6]!];
    const to = slots.find((slot) => Date.parse(slot.start) > Date.parse(from.start) + 3 * 86_400_000)!;
    const moved = await bookSlot(owner, from.start, { email });
    await owner.booking.reschedule.mutate({ code: moved.code, idempotencyKey: randomUUID(), start: to.start });
    const cancelled = await bookSlot(owner, dropped.start, { email });
    await owner.booking.cancel.mutate({ code: cancelled.code, idempotencyKey: randomUUID() });

    await testApp.app.jobs.runDue(at(from.start, -23));
    await testApp.app.jobs.runDue(at(dropped.start, -23));
    expect(await reminders(owner, moved.code)).toEqual([]);

    await testApp.app.jobs.runDue(at(to.start, -23));
    const [reminder, ...more] = await reminders(owner, moved.code);
    expect(more).toEqual([]);
    expect(reminder!.body).toContain(formatSlotMoment(to.start, zone, 'en'));
    expect((await reminderMails(testApp, moved.code))[0]!.text).toContain(formatSlotMoment(to.start, zone, 'en'));
    expect(await reminders(owner, cancelled.code)).toEqual([]);
    expect(await reminderMails(testApp, cancelled.code)).toEqual([]);
  });

  it(`never sends a reminder twice when ${process.env.TEST_DATABASE_URL ? 'two processes' : 'two runs'} race`, async () => {
    const deployment = await startDeployment();
    try {
      const { apps } = deployment;
      const email = 'trenta@example.it';
      const { fetch } = await signInWithFetch(apps[0]!, email, 'en');
      const clients = apps.map((app) => app.client('en', fetch));
      const slots = (await freeSlots(clients[0]!)).slice(0, 30);
      const bookings = await Promise.all(
        slots.map((slot, index) => bookSlot(clients[index % clients.length]!, slot.start, { email })),
      );
      const now = at(slots.at(-1)!.start, -23);

      // Every instance runs the due jobs twice at once, three times over: six to twelve runs racing.
      for (let round = 0; round < 3; round++) {
        await Promise.all(apps.flatMap((app) => [app.app.jobs.runDue(now), app.app.jobs.runDue(now)]));
      }

      const links = bookings.map((booking) => `/prenotazioni/${booking.code}`);
      const sent = await apps[0]!.database.query<{ link: string; n: number }>(
        `select link, count(*)::int as n from inbox_messages
         where kind = 'booking-reminder' and link = any($1::text[]) group by link`,
        [links],
      );
      expect(sent).toHaveLength(30);
      expect(sent.filter((row) => row.n !== 1)).toEqual([]);

      const mails = (await Promise.all(apps.map((app) => app.mailbox())))
        .flat()
        .filter((mail) => /^Reminder:/.test(mail.subject));
      const mailed = links.map((link) => mails.filter((mail) => mail.text.includes(link)).length);
      expect(mailed).toEqual(links.map(() => 1));
    } finally {
      await deployment.close();
    }
  });
});
