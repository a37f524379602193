import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverMessage } from '../../server/features/inbox/deliver';
import { PushDispatcher } from '../../server/features/push/dispatcher';
import { webPushSender } from '../../server/features/push/sender';
import { ensureVapidKeys } from '../../server/features/push/vapid';
import { bookSlot, freeSlots } from '../support/booking';
import { type Deployment, startDeployment } from '../support/deployment';
import { type FakeDevice, type PushService, startPushService, trustingAgent } from '../support/push-service';
import { signIn, startTestApp, type TestApp, testConfig } from '../support/test-app';

let pushService: PushService;
let testApp: TestApp;

beforeAll(async () => {
  pushService = await startPushService();
  testApp = await startTestApp({ build: { pushAgent: trustingAgent(pushService) } });
});

afterAll(async () => {
  await testApp?.close();
  await pushService?.close();
});

const minutes = (count: number) => new Date(Date.now() + count * 60_000);

async function subscribed(app: TestApp, email: string, locale: 'it' | 'en' = 'it', devices = 1) {
  const client = await signIn(app, email, locale);
  const me = await client.auth.session.query();
  const fakes: FakeDevice[] = [];
  for (let index = 0; index < devices; index++) {
    const device = pushService.device();
    fakes.push(device);
    await client.push.subscribe.mutate({ endpoint: device.endpoint, keys: device.keys });
  }
  return { client, id: me!.id, devices: fakes };
}

const statusMessage = (app: TestApp, userId: string, text = 'La tua pratica è in lavorazione.') =>
  deliverMessage(app.database.db, {
    userId,
    kind: 'request-status',
    title: { it: 'Pratica aggiornata', en: 'Request updated' },
    body: { it: text, en: 'Your request is being handled.' },
    link: '/pratiche/00000000-0000-4000-8000-000000000000',
  });

const attemptsOf = (messageId: string) =>
  testApp.database.query<{ attempt: number; outcome: string; status_code: number | null }>(
    `select a.attempt, a.outcome, a.status_code from push_attempts a
     join push_outbox o on o.id = a.outbox_id where o.message_id = $1 order by a.attempt`,
    [messageId],
  );

const outboxOf = (messageId: string) =>
  testApp.database.query<{ status: string; attempts: number; subscription_id: string | null }>(
    'select status, attempts, subscription_id from push_outbox where message_id = $1',
    [messageId],
  );

describe('the push outbox', () => {
  it('delivers a booking confirmation, encrypted and signed, in the person’s language', async () => {
    const { client, devices } = await subscribed(testApp, 'consegna@example.it', 'en');
    await client.me.update.mutate({ locale: 'en' });
    const [slot] = await freeSlots(client);
    const booking = await bookSlot(client, slot!.start, { email: 'consegna@example.it' });
    expect(await testApp.app.push.drain()).toBe(1);

    const [push] = pushService.received.filter((received) => received.deviceId === devices[0]!.id);
    const [message] = await client.inbox.list.query({ limit: 1 });
    expect(push!.payload).toEqual({
      messageId: message!.id,
      kind: 'booking-confirmed',
      title: message!.title,
      body: message!.body,
      link: `/prenotazioni/${booking.code}`,
      tag: `/prenotazioni/${booking.code}`,
      lang: 'en',
    });
    expect(push!.urgency).toBe('normal');
    expect(push!.ttl).toBeGreaterThan(0);
    expect(push!.ttl).toBeLessThanOrEqual(3 * 24 * 3600);
    expect(push!.topic).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const setup = await client.push.setup.query();
    expect(push!.vapid).toMatchObject({ aud: pushService.origin, publicKey: setup.publicKey });
    expect(push!.vapid.sub).toMatch(/^mailto:/);
    expect(setup.devices[0]!.lastDeliveredAt).not.toBeNull();
    expect(await attemptsOf(message!.id)).toEqual([{ attempt: 1, outcome: 'delivered', status_code: 201 }]);
  });

  it('gives a waitlist offer a high urgency and a TTL no longer than the offer', async () => {
    const { id, devices } = await subscribed(testApp, 'offerta@example.it');
    await deliverMessage(testApp.database.db, {
      userId: id,
      kind: 'waitlist-offer',
      title: { it: 'Un posto per te', en: 'A place for you' },
      body: { it: 'Conferma entro 30 minuti.', en: 'Confirm within 30 minutes.' },
      link: '/prenota/offerta/00000000-0000-4000-8000-000000000001',
      usefulUntil: minutes(30),
    });
    await testApp.app.push.drain();
    const push = pushService.received.find((received) => received.deviceId === devices[0]!.id);
    expect(push!.urgency).toBe('high');
    expect(push!.ttl).toBeLessThanOrEqual(30 * 60);
  });

  it('cuts a body too long for a push, leaving the whole text in the inbox', async () => {
    const { client, id, devices } = await subscribed(testApp, 'lungo@example.it');
    await statusMessage(testApp, id, 'Integrazione richiesta. '.repeat(400));
    await testApp.app.push.drain();
    const push = pushService.received.find((received) => received.deviceId === devices[0]!.id);
    const body = (push!.payload as { body: string }).body;
    expect(body.endsWith('…')).toBe(true);
    expect(Buffer.byteLength(push!.text)).toBeLessThanOrEqual(3072);
    const [message] = await client.inbox.list.query({ limit: 1 });
    expect(message!.body.length).toBeGreaterThan(body.length);
  });

  it('retries after 503 and 429 (honouring Retry-After), recording every attempt', async () => {
    const { id, devices } = await subscribed(testApp, 'riprova@example.it');
    pushService.respondWith(devices[0]!.id, [503, 429]);
    const messageId = await statusMessage(testApp, id);

    await testApp.app.push.drain();
    expect(await outboxOf(messageId)).toMatchObject([{ status: 'pending', attempts: 1 }]);
    // Not due yet: nothing is tried before the backoff is over.
    expect(await testApp.app.push.drain()).toBe(0);
    await testApp.app.push.drain(minutes(1));
    await testApp.app.push.drain(minutes(2));
    expect(await attemptsOf(messageId)).toEqual([
      { attempt: 1, outcome: 'retry', status_code: 503 },
      { attempt: 2, outcome: 'retry', status_code: 429 },
      { attempt: 3, outcome: 'delivered', status_code: 201 },
    ]);
    expect(await outboxOf(messageId)).toMatchObject([{ status: 'delivered', attempts: 3 }]);
    expect(pushService.received.filter((received) => received.deviceId === devices[0]!.id)).toHaveLength(1);
  });

  it('forgets a device the push service says is gone (410), and ends its other pushes', async () => {
    const { client, id, devices } = await subscribed(testApp, 'sparito@example.it');
    pushService.respondWith(devices[0]!.id, [410]);
    const first = await statusMessage(testApp, id);
    await testApp.app.push.drain();
    expect(await attemptsOf(first)).toEqual([{ attempt: 1, outcome: 'gone', status_code: 410 }]);
    expect(await outboxOf(first)).toMatchObject([{ status: 'gone', subscription_id: null }]);
    expect((await client.push.setup.query()).devices).toEqual([]);
    // Nothing is queued any more for a person with no device.
    expect(await outboxOf(await statusMessage(testApp, id))).toEqual([]);
  });

  it('gives up a push that is refused for good (403) without retrying', async () => {
    const { id, devices } = await subscribed(testApp, 'rifiutato@example.it');
    pushService.respondWith(devices[0]!.id, [403]);
    const messageId = await statusMessage(testApp, id);
    await testApp.app.push.drain();
    await testApp.app.push.drain(minutes(60));
    expect(await attemptsOf(messageId)).toEqual([{ attempt: 1, outcome: 'failed', status_code: 403 }]);
  });

  it('does not let a push service that is down hold up the booking that caused the message', async () => {
    const client = await signIn(testApp, 'giu@example.it');
    // A port nobody listens on: connection refused, as when the push service is down.
    await client.push.subscribe.mutate({
      endpoint: 'https://127.0.0.1:9/push/down',
      keys: pushService.device().keys,
    });
    const [slot] = await freeSlots(client);
    const booking = await bookSlot(client, slot!.start, { email: 'giu@example.it' });
    expect(booking.code).toBeTruthy();
    await testApp.app.push.drain();
    const [message] = await client.inbox.list.query({ limit: 1 });
    const [attempt] = await attemptsOf(message!.id);
    expect(attempt).toMatchObject({ attempt: 1, outcome: 'retry', status_code: null });
    expect(await outboxOf(message!.id)).toMatchObject([{ status: 'pending' }]);
  });

  it('drops a push whose time has passed instead of sending it late', async () => {
    const { id, devices } = await subscribed(testApp, 'scaduto@example.it');
    pushService.respondWith(devices[0]!.id, [503]);
    const messageId = await deliverMessage(testApp.database.db, {
      userId: id,
      kind: 'booking-reminder',
      title: { it: 'Promemoria', en: 'Reminder' },
      body: { it: 'Domani alle 9', en: 'Tomorrow at 9' },
      link: '/prenotazioni/ABCD-EFGH-JK',
      usefulUntil: minutes(5),
    });
    await testApp.app.push.drain();
    await testApp.app.push.drain(minutes(10));
    expect(await outboxOf(messageId)).toMatchObject([{ status: 'expired' }]);
    expect(pushService.received.filter((received) => received.deviceId === devices[0]!.id)).toEqual([]);
  });
});

describe('two processes draining one outbox', () => {
  let deployment: Deployment;

  beforeAll(async () => {
    deployment = await startDeployment({ build: { pushAgent: trustingAgent(pushService) } });
  });

  afterAll(async () => {
    await deployment?.close();
  });

  it('never deliver one message twice', async () => {
    const [first] = deployment.apps;
    const { id, devices } = await subscribed(first!, 'molti@example.it', 'it', 3);
    const messages = 60;
    for (let index = 0; index < messages; index++) await statusMessage(first!, id, `Messaggio ${index}`);

    // On PostgreSQL each app is its own process' worth of connections; on PGlite a second dispatcher
    // shares the one connection, which still exercises leasing and its fencing.
    const dispatchers =
      deployment.apps.length > 1
        ? deployment.apps.map((app) => app.app.push)
        : [first!.app.push, await secondDispatcher(first!)];
    await Promise.all(dispatchers.flatMap((dispatcher) => [dispatcher.drain(), dispatcher.drain()]));

    const mine = pushService.received.filter((received) => devices.some((device) => device.id === received.deviceId));
    const keys = mine.map(
      (received) => `${received.deviceId}/${(received.payload as { messageId: string }).messageId}`,
    );
    expect(keys).toHaveLength(messages * devices.length);
    expect(new Set(keys).size).toBe(keys.length);
    const [workers] = await first!.database.query<{ workers: number; attempts: number }>(
      'select count(distinct worker)::int as workers, count(*)::int as attempts from push_attempts',
    );
    expect(workers!.attempts).toBeGreaterThanOrEqual(messages * devices.length);
  });
});

/** Another dispatcher on the same database, signing with the keys the app generated there. */
async function secondDispatcher(app: TestApp) {
  const vapid = await ensureVapidKeys(app.database, testConfig().push);
  const send = webPushSender(vapid, trustingAgent(pushService));
  return new PushDispatcher({ db: app.database.db, log: app.app.log, send });
}
