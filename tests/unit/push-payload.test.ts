import { describe, expect, it } from 'vitest';
import { base64UrlToBytes } from '../../client/lib/push/browser-subscription';
import { readPayload, readTarget } from '../../client/sw/push-payload';

const payload = {
  messageId: '0b9d6f7e-6a55-4c1e-9f59-3f4b1d0b6a11',
  kind: 'booking-confirmed',
  title: 'Prenotazione confermata',
  body: 'Il tuo appuntamento è confermato.',
  link: '/prenotazioni/ABCDE-FGHJK',
  tag: 'booking-ABCDE-FGHJK',
  lang: 'it',
};

/** What the service worker gets from a push event's data. */
const pushData = (value: unknown) =>
  ({
    json: () => (typeof value === 'string' ? JSON.parse(value) : value),
  }) as PushMessageData;

describe('a push message in the service worker', () => {
  it('is shown when it is a Sportello notification', () => {
    expect(readPayload(pushData(payload))).toEqual(payload);
  });

  it('is ignored when it is not JSON, lacks a field or has none of our languages', () => {
    expect(readPayload(null)).toBeUndefined();
    expect(readPayload(pushData('not json'))).toBeUndefined();
    expect(readPayload(pushData({ ...payload, title: '' }))).toBeUndefined();
    expect(readPayload(pushData({ ...payload, tag: undefined }))).toBeUndefined();
    expect(readPayload(pushData({ ...payload, lang: 'de' }))).toBeUndefined();
  });

  it('never links outside the site, whatever the sender wrote', () => {
    for (const link of [
      'https://elsewhere.example/',
      '//elsewhere.example/x',
      '/\\elsewhere.example',
      'javascript:alert(1)',
    ])
      expect(readPayload(pushData({ ...payload, link })), link).toBeUndefined();
  });
});

describe('a click on a notification', () => {
  it('opens its page and marks its message', () => {
    expect(readTarget({ link: payload.link, messageId: payload.messageId })).toEqual({
      link: payload.link,
      messageId: payload.messageId,
    });
  });

  it('opens the inbox when the notification has no page of this site', () => {
    expect(readTarget(null)).toEqual({ link: '/area-personale/messaggi', messageId: undefined });
    expect(readTarget({ link: '//elsewhere.example/' }).link).toBe('/area-personale/messaggi');
  });
});

describe('the server key given to the browser', () => {
  it('is decoded from base64url without padding to its bytes', () => {
    const bytes = Uint8Array.from({ length: 65 }, (_, index) => (index * 37) % 256);
    expect([...base64UrlToBytes(Buffer.from(bytes).toString('base64url'))]).toEqual([...bytes]);
  });
});
