import { Agent, request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush, { type RequestOptions, WebPushError } from 'web-push';
import { type FakeDevice, type PushService, startPushService } from '../support/push-service';

// The real sender the app uses, against the fake service: if these pass, the service's checks and decryption
// agree with an independent implementation of RFC 8291/8292.
let service: PushService;
let agent: Agent;
const vapid = webpush.generateVAPIDKeys();
const vapidDetails = { subject: 'mailto:test@example.org', publicKey: vapid.publicKey, privateKey: vapid.privateKey };

beforeAll(async () => {
  service = await startPushService();
  agent = new Agent({ ca: service.ca });
});

afterAll(async () => {
  agent.destroy();
  await service.close();
});

const options = (extra: Partial<RequestOptions> = {}): RequestOptions => ({
  vapidDetails,
  TTL: 60,
  urgency: 'high',
  topic: 'abc',
  agent,
  ...extra,
});

const send = (device: FakeDevice, payload: string, extra: Partial<RequestOptions> = {}) =>
  webpush.sendNotification(device, payload, options(extra));

async function statusOf(sending: Promise<unknown>): Promise<number> {
  const error = await sending.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WebPushError);
  return (error as WebPushError).statusCode;
}

/** Posts a request web-push prepared, after letting the test spoil it. */
function post(details: webpush.RequestDetails, body: Buffer | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(details.endpoint, { method: 'POST', headers: details.headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

describe('local Web Push service', () => {
  it('accepts a message from web-push and decrypts it with its headers and VAPID claims', async () => {
    service.expectVapidKey(vapid.publicKey);
    const device = service.device();
    const result = await send(device, JSON.stringify({ title: 'Prenotazione confermata' }));

    expect(result.statusCode).toBe(201);
    expect(result.headers.location).toMatch(new RegExp(`^${service.origin}/message/`));
    const message = service.received.find((push) => push.deviceId === device.id);
    expect(message).toMatchObject({
      payload: { title: 'Prenotazione confermata' },
      ttl: 60,
      urgency: 'high',
      topic: 'abc',
      vapid: { aud: service.origin, sub: 'mailto:test@example.org', publicKey: vapid.publicKey },
    });
    expect(message!.vapid.exp).toBeGreaterThan(Date.now() / 1000);
  });

  it('keeps a UTF-8 payload intact', async () => {
    const device = service.device();
    const text = JSON.stringify({ body: 'Città di Forlì: è già l’ora del tuo appuntamento 📅🇮🇹' });
    const before = service.received.length;
    await send(device, text);

    const [message] = (await service.waitFor(before + 1)).slice(before);
    expect(message!.text).toBe(text);
    expect(message!.payload).toEqual(JSON.parse(text));
  });

  it('refuses with 403 a JWT signed by another key than the expected one', async () => {
    service.expectVapidKey(vapid.publicKey);
    const device = service.device();
    const stranger = webpush.generateVAPIDKeys();
    const status = await statusOf(send(device, '{}', { vapidDetails: { ...vapidDetails, ...stranger } }));

    expect(status).toBe(403);
    expect(service.received.some((push) => push.deviceId === device.id)).toBe(false);
    expect(service.rejected).toContainEqual(expect.objectContaining({ deviceId: device.id, status: 403 }));
  });

  it('refuses with 401 a JWT for another audience', async () => {
    const device = service.device();
    const details = webpush.generateRequestDetails(device, '{}', options({ vapidDetails: undefined }));
    const elsewhere = webpush.getVapidHeaders(
      'https://push.example.org',
      vapidDetails.subject,
      vapid.publicKey,
      vapid.privateKey,
      'aes128gcm',
    );

    expect(await post({ ...details, headers: { ...details.headers, ...elsewhere } }, details.body)).toBe(401);
    expect(service.rejected.at(-1)?.reason).toContain('aud');
  });

  it('refuses with 401 a JWT whose signature does not match the key it names', async () => {
    const device = service.device();
    const details = webpush.generateRequestDetails(device, '{}', options());
    const forged = String(details.headers.Authorization).replace(/k=.*$/, `k=${webpush.generateVAPIDKeys().publicKey}`);

    expect(await post({ ...details, headers: { ...details.headers, Authorization: forged } }, details.body)).toBe(401);
    expect(service.rejected.at(-1)?.reason).toContain('signature');
  });

  it('refuses with 400 a body altered on the way', async () => {
    const device = service.device();
    const details = webpush.generateRequestDetails(device, '{"ok":true}', options());
    const body = Buffer.from(details.body);
    body[body.length - 20]! ^= 0x01;

    expect(await post(details, body)).toBe(400);
    expect(service.rejected.at(-1)).toMatchObject({ deviceId: device.id, status: 400, reason: /does not decrypt/ });
    expect(service.received.some((push) => push.deviceId === device.id)).toBe(false);
  });

  it('refuses a request without TTL or with another content encoding', async () => {
    const device = service.device();
    const details = webpush.generateRequestDetails(device, '{}', options());
    const { TTL: _ttl, ...withoutTtl } = details.headers;

    expect(await post({ ...details, headers: withoutTtl }, details.body)).toBe(400);
    expect(
      await post({ ...details, headers: { ...details.headers, 'Content-Encoding': 'aesgcm' } }, details.body),
    ).toBe(415);
  });

  it('answers as scripted, then accepts', async () => {
    const device = service.device();
    service.respondWith(device.id, [503, 410]);

    expect(await statusOf(send(device, '{"n":1}'))).toBe(503);
    expect(await statusOf(send(device, '{"n":2}'))).toBe(410);
    expect((await send(device, '{"n":3}')).statusCode).toBe(201);
    expect(service.received.filter((push) => push.deviceId === device.id).map((push) => push.payload)).toEqual([
      { n: 3 },
    ]);
  });

  it('tells the sender to retry later on a scripted 429', async () => {
    const device = service.device();
    service.respondWith(device.id, [429]);
    const error = await send(device, '{}').catch((reason: WebPushError) => reason);

    expect(error).toMatchObject({ statusCode: 429, headers: { 'retry-after': '1' } });
  });

  it('answers 404 for a subscription it never issued', async () => {
    const device = service.device();
    const unknown = { ...device, endpoint: `${service.origin}/push/not-a-subscription` };

    expect(await statusOf(send(unknown, '{}'))).toBe(404);
  });

  it('answers 413 for a body over 4096 bytes', async () => {
    const device = service.device();

    expect(await statusOf(send(device, 'x'.repeat(5000)))).toBe(413);
  });
});
