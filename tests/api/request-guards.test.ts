import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInWithFetch, startTestApp, type TestApp } from '../support/test-app';

describe('CSRF guard', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp?.close());

  it('refuses a cross-origin POST that carries the session cookie, and does nothing', async () => {
    const { client, fetch: asGiulia } = await signInWithFetch(testApp, 'giulia.rossi@example.it');
    const post = (headers: Record<string, string>) =>
      asGiulia(`${testApp.url}/trpc/me.update`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ givenName: 'Hacked' }),
      });
    const crossSite = await post({ origin: 'https://evil.example.com' });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { error: { data: { appCode: string } } }).error.data.appCode).toBe(
      'CSRF_REJECTED',
    );
    const formLike = await post({});
    expect(formLike.status).toBe(403);
    expect((await client.me.get.query()).givenName).toBe('Giulia');

    const sameOrigin = await post({ origin: testApp.url });
    expect(sameOrigin.status).toBe(200);
    expect((await client.me.get.query()).givenName).toBe('Hacked');
  });

  it('lets reads through from anywhere', async () => {
    const response = await fetch(`${testApp.url}/trpc/system.ping`, {
      headers: { origin: 'https://evil.example.com' },
    });
    expect(response.status).toBe(200);
  });

  it('sends the security headers on API answers, refusals and unknown paths alike', async () => {
    const answers = [
      await fetch(`${testApp.url}/trpc/system.ping`),
      await fetch(`${testApp.url}/trpc/me.update`, { method: 'POST', headers: { origin: 'https://evil.example.com' } }),
      await fetch(`${testApp.url}/no-such-path`),
    ];
    for (const response of answers) {
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.has('strict-transport-security')).toBe(false);
    }
    expect(answers.map((response) => response.status)).toEqual([200, 403, 404]);
  });
});

describe('rate limits', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ config: { rateLimits: { signInPerMinute: 3, lookupsPerMinute: 5 } } });
  });
  afterAll(() => testApp?.close());

  it('answer sign-in floods with 429, Retry-After and a readable message', async () => {
    const request = () =>
      fetch(`${testApp.url}/trpc/auth.requestCode`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sportello-request': '1', 'x-locale': 'en' },
        body: JSON.stringify({ email: 'flood@example.it' }),
      });
    for (let attempt = 0; attempt < 3; attempt++) expect((await request()).status).toBeLessThan(300);
    const limited = await request();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await limited.json()) as { error: { message: string; data: { appCode: string } } };
    expect(body.error.data.appCode).toBe('TOO_MANY_REQUESTS');
    expect(body.error.message).toMatch(/Too many requests/);
  });

  it('limit public lookups separately from sign-in', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      statuses.push(
        (await fetch(`${testApp.url}/trpc/catalog.search?input=${encodeURIComponent('{"q":"tari"}')}`)).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);
  });

  it('limit the codes one address can ask for, whatever the client address', async () => {
    const relaxed = await startTestApp();
    try {
      const client = relaxed.client();
      for (let attempt = 0; attempt < 5; attempt++)
        await client.auth.requestCode.mutate({ email: 'limite@example.it' });
      await expect(client.auth.requestCode.mutate({ email: 'limite@example.it' })).rejects.toMatchObject({
        data: { appCode: 'CODE_REQUEST_LIMIT', httpStatus: 429 },
      });
    } finally {
      await relaxed.close();
    }
  });
});

describe('audit log', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp?.close());

  it('records every sign-in and every staff action with who, what, when and from which address', async () => {
    const staff = (await signInWithFetch(testApp, 'operatore@comune.valdoria.example.it')).client;
    await staff.desk.office.query({ office: 'sportello-polifunzionale' });
    const admin = (await signInWithFetch(testApp, 'admin@sportello.example.it')).client;
    const staffId = (await staff.me.get.query()).id;
    const entries = await admin.audit.list.query({ actorId: staffId, limit: 10 });
    expect(entries.map((entry) => entry.action)).toEqual(['desk.office', 'auth.sign_in']);
    for (const entry of entries) {
      expect(entry.actorId).toBe(staffId);
      expect(entry.ip).toBe('127.0.0.1');
      expect(Date.now() - new Date(entry.at).getTime()).toBeLessThan(60_000);
    }
    expect(entries[0]?.details).toMatchObject({ office: 'sportello-polifunzionale', type: 'query' });
    expect(entries[1]?.details).toMatchObject({ method: 'email_code' });
  });
});
