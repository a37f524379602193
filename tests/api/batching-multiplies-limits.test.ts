import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCode, startTestApp, type TestApp } from '../support/test-app';

/**
 * One HTTP request may carry many tRPC calls (`/trpc/a,b,c?batch=1`). Before the fix every limit counted
 * requests, not calls: one batch of 100 auth.requestCode calls sent 100 codes, 64 auth.verifyCode guesses
 * in one batch were all compared against a code that allows 5, and any public procedure could be
 * multiplied up to the body limit.
 */
type Refusal = { error: { message: string; data: { appCode: string; httpStatus: number } } };

const batchUrl = (testApp: TestApp, paths: string[]) => `${testApp.url}/trpc/${paths.join(',')}?batch=1`;

function postBatch(testApp: TestApp, paths: string[], inputs: unknown[], locale: 'it' | 'en' = 'en') {
  return fetch(batchUrl(testApp, paths), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sportello-request': '1', 'x-locale': locale },
    body: JSON.stringify(Object.fromEntries(inputs.map((input, index) => [index, input]))),
  });
}

const getBatch = (testApp: TestApp, paths: string[], locale: 'it' | 'en' = 'en') =>
  fetch(batchUrl(testApp, paths), { headers: { 'x-locale': locale } });

const pings = (count: number) => Array.from({ length: count }, () => 'system.ping');

async function codesStoredFor(testApp: TestApp, emails: string[]) {
  const [row] = await testApp.database.query<{ n: number }>(
    'select count(*)::int as n from email_codes where email = any($1)',
    [emails],
  );
  return row!.n;
}

describe('batches of sign-in steps', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp?.close());

  it('refuses a batch of code requests with 400 in the caller’s language, and sends and stores no code', async () => {
    const one = Array.from({ length: 20 }, () => ({ email: 'bomba@example.it' }));
    const many = Array.from({ length: 20 }, (_, index) => ({ email: `bomba-${index}@example.it` }));
    const refused = await postBatch(
      testApp,
      one.map(() => 'auth.requestCode'),
      one,
    );
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as Refusal;
    expect(body.error.data).toMatchObject({ appCode: 'BATCH_NOT_ALLOWED', httpStatus: 400 });
    expect(body.error.message).toBe('Sign-in operations must be sent one at a time, not together with others.');
    const inItalian = await postBatch(
      testApp,
      many.map(() => 'auth.requestCode'),
      many,
      'it',
    );
    expect(inItalian.status).toBe(400);
    expect(((await inItalian.json()) as Refusal).error.message).toMatch(/una alla volta/);

    const addresses = ['bomba@example.it', ...many.map((input) => input.email)];
    expect(await codesStoredFor(testApp, addresses)).toBe(0);
    expect((await testApp.mailbox()).filter((mail) => addresses.includes(mail.to))).toEqual([]);
  });

  it('refuses a batch of guesses without comparing any, so the code keeps its five tries', async () => {
    const email = 'indovina@example.it';
    const client = testApp.client();
    await client.auth.requestCode.mutate({ email });
    const code = await latestCode(testApp, email);
    const guesses = Array.from({ length: 64 }, (_, index) => String(index).padStart(6, '0'))
      .filter((guess) => guess !== code)
      .map((guess) => ({ email, code: guess }));
    const refused = await postBatch(
      testApp,
      guesses.map(() => 'auth.verifyCode'),
      guesses,
    );
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Refusal).error.data.appCode).toBe('BATCH_NOT_ALLOWED');
    const [row] = await testApp.database.query<{ attempts: number }>(
      'select attempts from email_codes where email = $1',
      [email],
    );
    expect(row?.attempts).toBe(0);
    expect(await client.auth.verifyCode.mutate({ email, code })).toMatchObject({ ok: true });
  });

  it('refuses a sign-in step batched with any other call', async () => {
    const refused = await postBatch(
      testApp,
      ['auth.passkeys.signInOptions', 'auth.requestCode'],
      [undefined, { email: 'misto@example.it' }],
    );
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Refusal).error.data.appCode).toBe('BATCH_NOT_ALLOWED');
    expect(await codesStoredFor(testApp, ['misto@example.it'])).toBe(0);
  });

  it('lets a sign-in step through alone, as the app’s own client sends it (a batch of one)', async () => {
    const alone = await postBatch(testApp, ['auth.requestCode'], [{ email: 'da.solo@example.it' }]);
    expect(alone.status).toBe(200);
    expect(await codesStoredFor(testApp, ['da.solo@example.it'])).toBe(1);
  });
});

describe('the size of a batch', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp?.close());

  it('is at most API_MAX_BATCH_CALLS (10 by default): a larger batch gets 400 in the caller’s language', async () => {
    const ten = await getBatch(testApp, pings(10));
    expect(ten.status).toBe(200);
    expect(((await ten.json()) as unknown[]).length).toBe(10);

    const eleven = await getBatch(testApp, pings(11));
    expect(eleven.status).toBe(400);
    const body = (await eleven.json()) as Refusal;
    expect(body.error.data).toMatchObject({ appCode: 'BATCH_TOO_LARGE', httpStatus: 400 });
    expect(body.error.message).toBe('Too many operations in one request: 10 at most.');
    const inItalian = (await (await getBatch(testApp, pings(50), 'it')).json()) as Refusal;
    expect(inItalian.error.message).toBe('Troppe operazioni in una sola richiesta: al massimo 10.');
  });

  it('applies to mutations too, before their body is read', async () => {
    const holds = Array.from({ length: 11 }, () => ({ holdId: crypto.randomUUID(), secret: 'x'.repeat(32) }));
    const refused = await postBatch(
      testApp,
      holds.map(() => 'booking.releaseHold'),
      holds,
    );
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Refusal).error.data.appCode).toBe('BATCH_TOO_LARGE');
  });
});

describe('rate limits count calls, not requests', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ config: { rateLimits: { signInPerMinute: 3, lookupsPerMinute: 12 } } });
  });
  afterAll(() => testApp?.close());

  it('charges a batch of public lookups one unit per call', async () => {
    expect((await getBatch(testApp, pings(10))).status).toBe(200);
    const over = await getBatch(testApp, pings(3));
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await over.json()) as Refusal).error.data.appCode).toBe('TOO_MANY_REQUESTS');
    expect((await fetch(`${testApp.url}/trpc/system.ping`)).status).toBe(429);
  });
});
