import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { type BuildOptions, buildApp } from '../../server/app';
import { type Config, loadConfig } from '../../server/config';
import type { DatabaseHandle } from '../../server/db/client';
import type { StoredMail } from '../../server/mail/mailer';
import type { AppRouter } from '../../server/router';
import { openFreshDatabase } from './template-database';

export type ApiClient = ReturnType<typeof createTRPCClient<AppRouter>>;

export type TestApp = {
  app: FastifyInstance;
  url: string;
  database: DatabaseHandle;
  /** A tRPC client over real HTTP with its own cookie jar, like one browser. */
  client(locale?: 'it' | 'en', fetchWithCookies?: typeof fetch): ApiClient;
  /** The dev mailbox, newest first, read over HTTP as a person would. */
  mailbox(): Promise<StoredMail[]>;
  close(): Promise<void>;
};

/** Test apps answer many requests from one address; the rate-limit test sets its own low limits. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'true' }),
    clientDir: undefined,
    rateLimits: { signInPerMinute: 100_000, lookupsPerMinute: 100_000 },
    // Tests run due jobs themselves (app.jobs.runDue), so nothing happens behind their back.
    jobsIntervalMs: 0,
    ...overrides,
  };
}

/** A cookie jar just big enough for one origin: name=value pairs from Set-Cookie, sent back as Cookie. */
export function cookieFetch(): typeof fetch {
  const jar = new Map<string, string>();
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()) || /max-age=0/i.test(a.trim()));
      if (expired || value === '') jar.delete(name.trim());
      else jar.set(name.trim(), value);
    }
    return response;
  };
}

/** The real app on an ephemeral port with its own fresh database and data folder. */
export async function startTestApp(
  options: { config?: Partial<Config>; build?: BuildOptions; database?: DatabaseHandle } = {},
): Promise<TestApp> {
  const database = options.database ?? (await openFreshDatabase(inject('databaseTemplate')));
  const dataDir = mkdtempSync(join(tmpdir(), 'sportello-test-data-'));
  const app = await buildApp(testConfig({ dataDir, ...options.config }), {
    forceCloseConnections: true,
    ...options.build,
    database,
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url: address,
    database,
    client: (locale, fetchWithCookies = cookieFetch()) =>
      createTRPCClient<AppRouter>({
        links: [
          httpLink({
            url: `${address}/trpc`,
            fetch: fetchWithCookies,
            // Node's fetch sends no Origin: the header a browser page cannot be tricked into sending.
            headers: { 'x-sportello-request': '1', ...(locale ? { 'x-locale': locale } : {}) },
          }),
        ],
      }),
    mailbox: async () => (await fetch(`${address}/dev/mailbox.json`)).json() as Promise<StoredMail[]>,
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The tRPC error a call failed with, or a failure if it succeeded. */
export async function failureOf(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error;
    throw error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** The code in the newest sign-in mail sent to an address. */
export async function latestCode(testApp: TestApp, email: string): Promise<string> {
  const mail = (await testApp.mailbox()).find((message) => message.to === email);
  const code = mail?.text.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no sign-in code mailed to ${email}`);
  return code;
}

/** Signs in with an email code, as a person does, and returns that person's client. */
export async function signIn(testApp: TestApp, email: string, locale?: 'it' | 'en'): Promise<ApiClient> {
  return (await signInWithFetch(testApp, email, locale)).client;
}

/** The same, also returning the cookie-carrying fetch for plain HTTP calls as that person. */
export async function signInWithFetch(testApp: TestApp, email: string, locale?: 'it' | 'en') {
  const fetchWithCookies = cookieFetch();
  const client = testApp.client(locale, fetchWithCookies);
  await client.auth.requestCode.mutate({ email });
  await client.auth.verifyCode.mutate({ email, code: await latestCode(testApp, email) });
  return { client, fetch: fetchWithCookies };
}
