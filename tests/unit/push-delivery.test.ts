import { describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { ConfigError, loadConfig } from '../../server/config';
import { maxPayloadBytes, type PushPayload, SubscribeInput } from '../../shared/push/api';
import {
  fitPayload,
  outcomeOf,
  PushPayloadTooLargeError,
  parseRetryAfter,
  retryDelayMs,
} from '../../shared/push/delivery';
import { deliveryOf, messageKinds, pushTopics, topicOfKind } from '../../shared/push/topics';

const payload = (body: string, title = 'Pratica aggiornata'): PushPayload => ({
  messageId: '00000000-0000-4000-8000-000000000000',
  kind: 'request-status',
  title,
  body,
  link: '/pratiche/00000000-0000-4000-8000-000000000000',
  tag: '/pratiche/00000000-0000-4000-8000-000000000000',
  lang: 'it',
});
const bytes = (value: PushPayload) => Buffer.byteLength(JSON.stringify(value));

describe('what a push service answer means', () => {
  it.each([
    [201, 'delivered'],
    [202, 'delivered'],
    [404, 'gone'],
    [410, 'gone'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
    [undefined, 'retry'],
    [400, 'failed'],
    [401, 'failed'],
    [403, 'failed'],
    [413, 'failed'],
  ] as const)('%s → %s', (status, outcome) => {
    expect(outcomeOf(status)).toBe(outcome);
  });

  it('backs off exponentially from 10 s to an hour, unless the service says when', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
    expect(retryDelayMs(1, 120)).toBe(120_000);
    expect(retryDelayMs(1, 0)).toBe(1_000);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('the payload', () => {
  it('is sent as it is when it fits', () => {
    expect(fitPayload(payload('Breve.'))).toEqual(payload('Breve.'));
  });

  it('cuts a long body at a character, never inside one, to fit the limit', () => {
    const fitted = fitPayload(payload('àèìòù🙂 '.repeat(1000)));
    expect(bytes(fitted)).toBeLessThanOrEqual(maxPayloadBytes);
    expect(bytes(fitted)).toBeGreaterThan(maxPayloadBytes - 16);
    expect(fitted.body.endsWith('…')).toBe(true);
    expect(fitted.body).not.toContain('\uFFFD');
  });

  it('refuses a payload that cannot fit even without its body', () => {
    expect(() => fitPayload(payload('x', 'T'.repeat(maxPayloadBytes)))).toThrow(PushPayloadTooLargeError);
  });
});

describe('topics', () => {
  it('gives every kind of message a topic or none, and every topic a delivery', () => {
    for (const kind of messageKinds) expect([null, ...pushTopics]).toContain(topicOfKind[kind]);
    const now = new Date('2026-11-23T10:00:00Z');
    expect(deliveryOf('waitlist-offers', now)).toEqual({ ttlSeconds: 7200, urgency: 'high' });
    expect(deliveryOf('appointment-reminders', now, new Date('2026-11-23T10:30:00Z')).ttlSeconds).toBe(1800);
    expect(deliveryOf('appointment-reminders', now, new Date('2026-11-23T09:00:00Z')).ttlSeconds).toBe(0);
  });
});

describe('a subscription', () => {
  const keys = { p256dh: `B${'A'.repeat(86)}`, auth: 'A'.repeat(22) };

  it('accepts what PushSubscription.toJSON() gives', () => {
    const parsed = SubscribeInput.safeParse({
      endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
      expirationTime: null,
      keys,
    });
    expect(parsed.success).toBe(true);
  });

  it.each([
    ['an http endpoint', { endpoint: 'http://push.example/abc', keys }],
    ['no scheme', { endpoint: 'push.example/abc', keys }],
    ['a short key', { endpoint: 'https://push.example/abc', keys: { ...keys, p256dh: 'B'.repeat(40) } }],
    ['a padded secret', { endpoint: 'https://push.example/abc', keys: { ...keys, auth: `${'A'.repeat(22)}==` } }],
  ])('refuses %s', (_name, input) => {
    expect(SubscribeInput.safeParse(input).success).toBe(false);
  });
});

describe('VAPID configuration', () => {
  const generated = webpush.generateVAPIDKeys();

  it('takes both keys and a subject, or generates them (subject from MAIL_FROM)', () => {
    const given = loadConfig({
      VAPID_PUBLIC_KEY: generated.publicKey,
      VAPID_PRIVATE_KEY: generated.privateKey,
      VAPID_SUBJECT: 'https://comune.example.it',
    });
    expect(given.push).toEqual({ keys: generated, subject: 'https://comune.example.it' });
    expect(loadConfig({ MAIL_FROM: 'Comune <urp@comune.example.it>' }).push).toEqual({
      keys: undefined,
      subject: 'mailto:urp@comune.example.it',
    });
  });

  it('names the variable that is wrong or missing', () => {
    expect(() => loadConfig({ VAPID_PUBLIC_KEY: generated.publicKey })).toThrow(/VAPID_PRIVATE_KEY/);
    expect(() => loadConfig({ VAPID_PUBLIC_KEY: 'short', VAPID_PRIVATE_KEY: generated.privateKey })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ VAPID_SUBJECT: 'urp@comune.example.it' })).toThrow(/VAPID_SUBJECT/);
  });
});
