import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../server/router';
import { bookSlot, freeSlots, guest } from '../support/booking';
import { deskOffice, pngBytes, problemReport, staffEmail, upload } from '../support/requests';
import { cookieFetch, latestCode, signInWithFetch, startTestApp, type TestApp } from '../support/test-app';

const get = (fetchAs: typeof fetch, url: string) => fetchAs(url);
const query = (path: string, input?: unknown) =>
  `/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
const batch = (paths: string[], inputs: Record<number, unknown>) =>
  `/trpc/${paths.join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
const post = (fetchAs: typeof fetch, url: string, body: unknown) =>
  fetchAs(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sportello-request': '1' },
    body: JSON.stringify(body),
  });

describe('Cache-Control on answers carrying personal data or a session', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp?.close());

  it('leaves public catalog answers as they were, alone or batched together', async () => {
    const search = await fetch(`${testApp.url}${query('catalog.search', { q: 'carta', pageSize: 1 })}`);
    expect(search.status).toBe(200);
    expect(search.headers.get('cache-control')).toBeNull();
    const catalogOnly = await fetch(
      `${testApp.url}${batch(['catalog.categories', 'catalog.organizations'], { 0: { locale: 'it' }, 1: { locale: 'it' } })}`,
    );
    expect(catalogOnly.status).toBe(200);
    expect(catalogOnly.headers.get('cache-control')).toBeNull();
  });

  it('says no-store on signing in, on me.get, on auth.session, and on a batch mixing a public and a personal call', async () => {
    const email = 'headers.citizen@example.it';
    const asCitizen = cookieFetch();
    expect((await post(fetch, `${testApp.url}/trpc/auth.requestCode`, { email })).status).toBe(200);
    const verified = await post(asCitizen, `${testApp.url}/trpc/auth.verifyCode`, {
      email,
      code: await latestCode(testApp, email),
    });
    expect(verified.status).toBe(200);
    expect(verified.headers.get('set-cookie')).toMatch(/sportello_session=/);
    expect(verified.headers.get('cache-control')).toBe('no-store');

    for (const path of [query('me.get'), query('auth.session'), query('me.exportData')]) {
      const answer = await get(asCitizen, `${testApp.url}${path}`);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get('cache-control'), path).toBe('no-store');
    }
    const mixed = await get(
      asCitizen,
      `${testApp.url}${batch(['catalog.categories', 'me.get'], { 0: { locale: 'it' } })}`,
    );
    expect(mixed.status).toBe(200);
    expect(((await mixed.json()) as { result: { data: { email?: string } } }[])[1]!.result.data.email).toBe(email);
    expect(mixed.headers.get('cache-control')).toBe('no-store');
    // Refused as anonymous: still no-store, since the answer is the procedure's, whoever asked.
    expect((await fetch(`${testApp.url}${query('me.get')}`)).headers.get('cache-control')).toBe('no-store');
  });

  it('says no-store on staff calls, booking lookups and every mutation', async () => {
    const { fetch: asStaff } = await signInWithFetch(testApp, staffEmail);
    const queue = await get(asStaff, `${testApp.url}${query('desk.requests.queue', { office: deskOffice })}`);
    expect(queue.status).toBe(200);
    expect(queue.headers.get('cache-control')).toBe('no-store');

    const { client } = await signInWithFetch(testApp, 'headers.booker@example.it');
    const [slot] = await freeSlots(client);
    const booking = await bookSlot(client, slot!.start);
    const lookup = await fetch(`${testApp.url}${query('booking.lookup', { code: booking.code, email: guest.email })}`);
    expect(lookup.status).toBe(200);
    expect(lookup.headers.get('cache-control')).toBe('no-store');
    const requestCode = await post(fetch, `${testApp.url}/trpc/auth.requestCode`, { email: 'someone@example.it' });
    expect(requestCode.headers.get('cache-control')).toBe('no-store');
  });

  it('says no-store on a booking’s calendar file and QR code, and on a request’s attachment', async () => {
    const { client, fetch: asCitizen } = await signInWithFetch(testApp, 'headers.files@example.it');
    const [slot] = await freeSlots(client);
    const booking = await bookSlot(client, slot!.start);
    for (const path of [booking.icsPath, booking.qrPath]) {
      const answer = await fetch(`${testApp.url}${path}`);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get('cache-control'), path).toBe('no-store');
    }

    const draft = await client.requests.saveDraft.mutate({
      service: problemReport,
      formVersion: 1,
      answers: { category: 'road' },
    });
    const uploaded = await upload(testApp, asCitizen, draft.id, { name: 'buca.png', bytes: pngBytes, field: 'photos' });
    expect(uploaded.status).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };
    const download = await asCitizen(`${testApp.url}/files/requests/attachments/${id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('cache-control')).toMatch(/\bno-store\b/);
  });

  it('says no-store on any answer that clears a stale session cookie, a catalog answer included', async () => {
    const answer = await fetch(`${testApp.url}${query('catalog.search', { q: 'carta', pageSize: 1 })}`, {
      headers: { cookie: 'sportello_session=no-such-session' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('set-cookie')).toMatch(/sportello_session=;/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('knows, for every public query, whether a cache may keep its answer', () => {
    // A new public query must be placed here or declare meta.personal: answers naming a person never go to a cache.
    const answersAnyoneAlike = [
      'auth.methods',
      'booking.availability',
      'booking.services',
      'catalog.categories',
      'catalog.category',
      'catalog.lifeEvent',
      'catalog.lifeEvents',
      'catalog.organizations',
      'catalog.popular',
      'catalog.search',
      'catalog.service',
      'requests.form',
      'system.ping',
      'transparency.stats',
    ];
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { type: string; meta?: { access: string; personal?: true } } }
    >;
    const shareable = Object.entries(procedures)
      .filter(([, { _def }]) => _def.type === 'query' && _def.meta?.access === 'public' && !_def.meta.personal)
      .map(([path]) => path)
      .sort();
    expect(shareable).toEqual(answersAnyoneAlike);
  });
});

describe('HSTS', () => {
  const paths = ['/healthz', query('system.ping'), '/no-such-path'];

  it('is sent on every answer when PUBLIC_URL is https, for one year and this host only', async () => {
    const testApp = await startTestApp({ config: { publicUrl: 'https://sportello.comune.example.it' } });
    try {
      for (const path of paths) {
        const answer = await fetch(`${testApp.url}${path}`);
        expect(answer.headers.get('strict-transport-security'), path).toBe('max-age=31536000');
      }
    } finally {
      await testApp.close();
    }
  });

  it('is not sent over plain http, nor because an untrusted client claims X-Forwarded-Proto: https', async () => {
    const testApp = await startTestApp({ config: { publicUrl: 'http://sportello.intranet.example.it' } });
    try {
      for (const path of paths) {
        const answer = await fetch(`${testApp.url}${path}`, { headers: { 'x-forwarded-proto': 'https' } });
        expect(answer.headers.has('strict-transport-security'), path).toBe(false);
      }
    } finally {
      await testApp.close();
    }
  });
});

describe('framing', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp?.close());

  it('X-Frame-Options says what CSP frame-ancestors says: never in a frame', async () => {
    for (const path of ['/healthz', query('system.ping'), query('me.get'), '/no-such-path']) {
      const answer = await fetch(`${testApp.url}${path}`);
      expect(answer.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(answer.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});
