import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverMessage } from '../../server/features/inbox/deliver';
import { bookSlot, freeSlots, identityCard } from '../support/booking';
import { type FakeDevice, type PushService, startPushService, trustingAgent } from '../support/push-service';
import { type ApiClient, failureOf, signIn, startTestApp, type TestApp } from '../support/test-app';

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

const subscription = (device: FakeDevice) => ({ endpoint: device.endpoint, keys: device.keys });

async function person(email: string, locale: 'it' | 'en' = 'it') {
  const client = await signIn(testApp, email, locale);
  const me = await client.auth.session.query();
  return { client, id: me!.id };
}

const testMessage = (userId: string, extra: Partial<Parameters<typeof deliverMessage>[1]> = {}) =>
  deliverMessage(testApp.database.db, {
    userId,
    kind: 'request-status',
    title: { it: 'Pratica aggiornata', en: 'Request updated' },
    body: { it: 'La tua pratica è in lavorazione.', en: 'Your request is being handled.' },
    link: '/pratiche/00000000-0000-4000-8000-000000000000',
    ...extra,
  });

const outboxRows = (messageId: string) =>
  testApp.database.query<{ status: string; attempts: number; subscription_id: string | null }>(
    'select status, attempts, subscription_id from push_outbox where message_id = $1',
    [messageId],
  );

describe('devices', () => {
  let client: ApiClient;

  beforeAll(async () => {
    ({ client } = await person('dispositivi@example.it'));
  });

  it('keeps one row per browser, lists them and removes one', async () => {
    const phone = pushService.device();
    const laptop = pushService.device();
    const added = await client.push.subscribe.mutate({ ...subscription(phone), deviceName: 'Telefono di Anna' });
    await client.push.subscribe.mutate(subscription(laptop));
    // The same browser subscribing again (new keys after a reinstall) is still one device.
    await client.push.subscribe.mutate({ ...subscription(phone), deviceName: 'Telefono di Anna' });

    const exported = (await client.me.exportData.query()) as { pushDevices: { endpoint: string }[] };
    expect(exported.pushDevices.map((device) => device.endpoint).sort()).toEqual(
      [phone.endpoint, laptop.endpoint].sort(),
    );

    const setup = await client.push.setup.query();
    expect(setup.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(setup.devices.map((device) => device.deviceName)).toEqual(['Telefono di Anna', expect.any(String)]);
    expect(setup.devices[0]).toMatchObject({ id: added.id, endpoint: phone.endpoint, lastDeliveredAt: null });

    await client.push.removeDevice.mutate({ id: added.id });
    expect((await client.push.setup.query()).devices.map((device) => device.endpoint)).toEqual([laptop.endpoint]);

    await client.push.unsubscribe.mutate({ endpoint: laptop.endpoint });
    await client.push.unsubscribe.mutate({ endpoint: laptop.endpoint });
    expect((await client.push.setup.query()).devices).toEqual([]);
  });

  it("answers someone else's device exactly as an unknown one", async () => {
    const other = await person('altro-dispositivo@example.it');
    const device = await other.client.push.subscribe.mutate(subscription(pushService.device()));
    const foreign = await failureOf(client.push.removeDevice.mutate({ id: device.id }));
    const unknown = await failureOf(client.push.removeDevice.mutate({ id: '7d0f3b0e-5a43-4c8e-9d7b-1b2c3d4e5f60' }));
    expect(foreign.data).toMatchObject({ appCode: 'PUSH_DEVICE_NOT_FOUND', httpStatus: 404 });
    expect(foreign.message).toBe(unknown.message);
    expect(await other.client.push.setup.query()).toMatchObject({ devices: [{ id: device.id }] });
  });

  it('removes the device on signing out of the session that turned it on; a lapsed session leaves it', async () => {
    const email = 'uscita-dispositivo@example.it';
    const phone = await signIn(testApp, email);
    const laptop = await signIn(testApp, email);
    const tablet = await signIn(testApp, email);
    await phone.push.subscribe.mutate(subscription(pushService.device()));
    await laptop.push.subscribe.mutate(subscription(pushService.device()));
    const kept = await tablet.push.subscribe.mutate(subscription(pushService.device()));
    await phone.auth.signOut.mutate();
    expect((await laptop.push.setup.query()).devices).toHaveLength(2);

    // A session that lapses (idle, or past its lifetime) is deleted: the device stays, push is for absent people.
    await testApp.database.query(
      `delete from sessions where id = (select session_id from push_subscriptions where id = $1)`,
      [kept.id],
    );
    expect((await laptop.push.setup.query()).devices.map((device) => device.id)).toContain(kept.id);

    await laptop.auth.signOutEverywhere.mutate();
    const again = await signIn(testApp, email);
    expect((await again.push.setup.query()).devices).toEqual([]);
  });

  it('refuses malformed subscriptions with a message in the reader’s language, and stores nothing', async () => {
    const device = pushService.device();
    const english = await signIn(testApp, 'dispositivi@example.it', 'en');
    const cases = [
      { ...subscription(device), endpoint: device.endpoint.replace('https:', 'http:') },
      { ...subscription(device), endpoint: 'not a url' },
      { ...subscription(device), endpoint: `${device.endpoint}/${'x'.repeat(2100)}` },
      { endpoint: device.endpoint, keys: { p256dh: device.keys.p256dh } },
      { endpoint: device.endpoint, keys: { ...device.keys, p256dh: device.keys.p256dh.slice(0, 40) } },
      { endpoint: device.endpoint, keys: { ...device.keys, auth: 'not base64url!' } },
    ];
    for (const input of cases) {
      const refusal = await failureOf(client.push.subscribe.mutate(input as never));
      expect(refusal.data?.httpStatus, JSON.stringify(input).slice(0, 80)).toBe(400);
      expect(refusal.message).toMatch(/dati|valid/i);
    }
    const http = await failureOf(english.push.subscribe.mutate(cases[0] as never));
    expect(http.message).toContain('https');
    const [row] = await testApp.database.query<{ count: number }>(
      'select count(*)::int as count from push_subscriptions where endpoint like $1',
      [`%${device.id}%`],
    );
    expect(row!.count).toBe(0);
  });

  it('refuses a request body over the size limit with 413 and a readable message', async () => {
    const response = await fetch(`${testApp.url}/trpc/push.subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sportello-request': '1', 'x-locale': 'en' },
      body: JSON.stringify({ endpoint: `https://push.example/${'a'.repeat(2 * 1024 * 1024)}` }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatchObject({
      message: 'The request is too large.',
      data: { appCode: 'PAYLOAD_TOO_LARGE', httpStatus: 413 },
    });
  });

  it('needs a signed-in person', async () => {
    const refusal = await failureOf(testApp.client().push.setup.query());
    expect(refusal.data?.httpStatus).toBe(401);
  });
});

describe('preferences', () => {
  it('starts with everything on, keeps each switch, and refuses unknown topics and services', async () => {
    const { client } = await person('preferenze@example.it');
    const start = await client.push.preferences.query();
    expect(Object.values(start.topics)).toEqual([true, true, true, true]);
    expect(start.services).toEqual([]);

    const [slot] = await freeSlots(client);
    await bookSlot(client, slot!.start, { email: 'preferenze@example.it' });
    const afterBooking = await client.push.preferences.query();
    expect(afterBooking.services).toEqual([{ slug: identityCard.service, name: expect.any(String), enabled: true }]);

    const changed = await client.push.setTopic.mutate({ topic: 'request-status', enabled: false });
    expect(changed.topics['request-status']).toBe(false);
    const muted = await client.push.setService.mutate({ service: identityCard.service, enabled: false });
    expect(muted.services[0]!.enabled).toBe(false);
    expect(await client.push.preferences.query()).toEqual(muted);

    const unknownTopic = await failureOf(client.push.setTopic.mutate({ topic: 'marketing', enabled: true } as never));
    expect(unknownTopic.data?.httpStatus).toBe(400);
    const unknownService = await failureOf(client.push.setService.mutate({ service: 'non-esiste', enabled: false }));
    expect(unknownService.data?.code).toBe('NOT_FOUND');
    const [count] = await testApp.database.query<{ count: number }>(
      `select count(*)::int as count from push_topic_settings t join users u on u.id = t.user_id
       where u.email = 'preferenze@example.it'`,
    );
    expect(count!.count).toBe(1);
  });

  it('refuses a message whose title alone cannot fit in a push, and keeps neither the message nor a push', async () => {
    const { client, id } = await person('titolo-lungo@example.it');
    await client.push.subscribe.mutate(subscription(pushService.device()));
    const before = await client.inbox.list.query({ limit: 50 });
    const title = 'Aggiornamento '.repeat(300);
    await expect(testMessage(id, { title: { it: title, en: title } })).rejects.toMatchObject({
      code: 'PUSH_PAYLOAD_TOO_LARGE',
    });
    expect(await client.inbox.list.query({ limit: 50 })).toEqual(before);
    const [queued] = await testApp.database.query<{ count: number }>(
      'select count(*)::int as count from push_outbox o join push_subscriptions d on d.id = o.subscription_id where d.user_id = $1',
      [id],
    );
    expect(queued!.count).toBe(0);
  });

  it('queues a push only for the topics, services and switch the person wants; the inbox gets every message', async () => {
    const { client, id } = await person('filtri@example.it');
    await client.push.subscribe.mutate(subscription(pushService.device()));
    const queued = async (extra: Parameters<typeof testMessage>[1] = {}) =>
      (await outboxRows(await testMessage(id, extra))).length;
    const [service] = await testApp.database.query<{ id: string }>('select id from services where slug = $1', [
      identityCard.service,
    ]);

    expect(await queued()).toBe(1);
    expect(await queued({ kind: 'welcome' })).toBe(0);
    expect(await queued({ kind: 'waitlist-offer', usefulUntil: new Date(Date.now() - 1000) })).toBe(0);

    await client.push.setTopic.mutate({ topic: 'request-status', enabled: false });
    expect(await queued()).toBe(0);
    expect(await queued({ kind: 'booking-reminder' })).toBe(1);

    await client.push.setService.mutate({ service: identityCard.service, enabled: false });
    expect(await queued({ kind: 'booking-reminder', serviceId: service!.id })).toBe(0);
    expect(await queued({ kind: 'booking-reminder' })).toBe(1);

    await client.me.update.mutate({ notificationPrefs: { push: false } });
    expect(await queued({ kind: 'booking-reminder' })).toBe(0);

    const inbox = await client.inbox.list.query({ limit: 50 });
    expect(inbox.filter((message) => message.kind !== 'welcome')).toHaveLength(7);
  });
});
