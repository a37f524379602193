import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Deployment, settle, startDeployment, tally } from '../support/deployment';
import { type FakeDevice, type PushService, startPushService } from '../support/push-service';
import { failureOf, signIn, type TestApp } from '../support/test-app';

/**
 * A push endpoint registered to one person must not pass to another who sends the same endpoint: before
 * the fix `push.subscribe` moved the device, and its notifications, to the caller. It is refused with
 * PUSH_ENDPOINT_TAKEN (409) and stays its owner's; once the owner's device is gone (signing out of the
 * session that turned it on, as on a shared family tablet) anyone may subscribe it. On PostgreSQL the two
 * people call two app instances, as two processes of one deployment.
 */
let pushService: PushService;
let deployment: Deployment;
beforeAll(async () => {
  pushService = await startPushService();
  deployment = await startDeployment();
});
afterAll(async () => {
  await deployment?.close();
  await pushService?.close();
});

const firstApp = () => deployment.apps[0]!;
const lastApp = () => deployment.apps.at(-1)!;
const subscription = (device: FakeDevice) => ({ endpoint: device.endpoint, keys: device.keys });

async function person(testApp: TestApp, email: string, locale: 'it' | 'en' = 'it') {
  const client = await signIn(testApp, email, locale);
  return { client, id: (await client.auth.session.query())!.id };
}

const ownerOf = async (endpoint: string) =>
  (
    await firstApp().database.query<{ user_id: string; p256dh: string }>(
      'select user_id, p256dh from push_subscriptions where endpoint = $1',
      [endpoint],
    )
  )[0];

describe(`push.subscribe with an endpoint registered to someone else (${process.env.TEST_DATABASE_URL ? 'PostgreSQL, two instances' : 'PGlite'})`, () => {
  it('is refused with PUSH_ENDPOINT_TAKEN and leaves the device, keys included, to its owner', async () => {
    const anna = await person(firstApp(), 'anna.dispositivo@example.it');
    const bruno = await person(lastApp(), 'bruno.dispositivo@example.it', 'en');
    const device = pushService.device();
    const own = await anna.client.push.subscribe.mutate(subscription(device));

    const stranger = pushService.device();
    const refusal = await failureOf(
      bruno.client.push.subscribe.mutate({ endpoint: device.endpoint, keys: stranger.keys, deviceName: 'Mio' }),
    );
    expect(refusal.data).toMatchObject({ code: 'CONFLICT', httpStatus: 409, appCode: 'PUSH_ENDPOINT_TAKEN' });
    expect(refusal.message).toMatch(/another person/);

    expect(await ownerOf(device.endpoint)).toEqual({ user_id: anna.id, p256dh: device.keys.p256dh });
    expect((await anna.client.push.setup.query()).devices).toMatchObject([{ id: own.id, endpoint: device.endpoint }]);
    expect((await bruno.client.push.setup.query()).devices).toEqual([]);
    // Its owner renewing the same browser's keys is still one device, hers.
    const renewed = await anna.client.push.subscribe.mutate(subscription(device));
    expect(renewed.id).toBe(own.id);
  });

  it('lets the next person subscribe a shared tablet once the previous one signed out there', async () => {
    const tablet = pushService.device();
    const first = await person(firstApp(), 'primo.tablet@example.it');
    const second = await person(lastApp(), 'secondo.tablet@example.it');
    await first.client.push.subscribe.mutate(subscription(tablet));
    await first.client.auth.signOut.mutate();

    await second.client.push.subscribe.mutate(subscription(tablet));
    expect((await ownerOf(tablet.endpoint))?.user_id).toBe(second.id);
    expect((await second.client.push.setup.query()).devices).toMatchObject([{ endpoint: tablet.endpoint }]);
  });

  it('gives a new endpoint sent by two people at once to exactly one of them', async () => {
    const anna = await person(firstApp(), 'anna.gara@example.it');
    const bruno = await person(lastApp(), 'bruno.gara@example.it');
    const devices = Array.from({ length: 10 }, () => pushService.device());
    const outcomes = await settle(
      devices.flatMap((device) => [
        anna.client.push.subscribe.mutate(subscription(device)),
        bruno.client.push.subscribe.mutate(subscription(device)),
      ]),
    );
    expect(tally(outcomes.map((outcome) => outcome.error))).toEqual({ 'PUSH_ENDPOINT_TAKEN 409': 10 });
    for (const [index, device] of devices.entries()) {
      const winner = outcomes[index * 2]!.error ? bruno.id : anna.id;
      expect((await ownerOf(device.endpoint))?.user_id).toBe(winner);
    }
  });
});
