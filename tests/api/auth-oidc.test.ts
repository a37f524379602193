import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AccountClaims } from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../../server/router';
import { fiscalCodeCheckCharacter } from '../../shared/identity/fiscal-code';
import { type OidcGateway, startOidcGateway } from '../support/oidc-gateway';
import { cookieFetch, failureOf, signIn, startTestApp, type TestApp } from '../support/test-app';

let gateway: OidcGateway;
let testApp: TestApp;
beforeAll(async () => {
  gateway = await startOidcGateway();
  testApp = await startTestApp({ config: { oidc: gateway.settings } });
  gateway.registerClient(`${testApp.url}/auth/oidc/callback`);
});
afterAll(async () => {
  await testApp?.close();
  await gateway?.close();
});

/** A codice fiscale with its right check character. */
function fiscalCode(first15: string): string {
  return `${first15}${fiscalCodeCheckCharacter(first15)}`;
}

function person(sub: string, claims: Partial<AccountClaims> = {}): AccountClaims {
  return { sub, email: `${sub}@example.it`, given_name: 'Mario', family_name: 'Rossi', ...claims };
}

/** One browser: a cookie jar per origin (the app's, the gateway's), redirects followed by hand. */
function browser() {
  const jars = new Map<string, typeof fetch>();
  const jar = (origin: string) => {
    if (!jars.has(origin)) jars.set(origin, cookieFetch());
    return jars.get(origin)!;
  };
  const get = (url: URL | string, headers?: Record<string, string>) =>
    jar(new URL(url).origin)(url, { redirect: 'manual', headers });
  const api = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${testApp.url}/trpc`, fetch: jar(testApp.url), headers: { 'x-sportello-request': '1' } })],
  });
  return { get, api };
}
type Browser = ReturnType<typeof browser>;

/** The sign-in page's "Entra con SPID o CIE": the app answers with the gateway's authorization URL. */
async function startSignIn(b: Browser, query = ''): Promise<{ authorizationUrl: URL; flowCookie: string }> {
  const response = await b.get(`${testApp.url}/auth/oidc/start${query}`);
  expect(response.status).toBe(302);
  const flowCookie = response.headers.getSetCookie().find((line) => line.startsWith('sportello_oidc_flow='));
  expect(flowCookie).toMatch(/HttpOnly/);
  expect(flowCookie).toMatch(/SameSite=Lax/);
  return { authorizationUrl: new URL(response.headers.get('location')!), flowCookie: flowCookie!.split(';')[0]! };
}

/** At the gateway: authenticates whoever logInAs named, consents, and returns the callback URL. */
async function authorize(b: Browser, authorizationUrl: URL): Promise<URL> {
  let url = authorizationUrl;
  for (let hop = 0; hop < 10 && url.origin !== new URL(testApp.url).origin; hop++) {
    const response = await b.get(url);
    const location = response.headers.get('location');
    if (!location) throw new Error(`the gateway answered ${response.status} at ${url}: ${await response.text()}`);
    url = new URL(location, url);
  }
  expect(url.pathname).toBe('/auth/oidc/callback');
  return url;
}

async function spidSignIn(who: AccountClaims, query = '') {
  const b = browser();
  gateway.logInAs(who);
  const { authorizationUrl } = await startSignIn(b, query);
  const response = await b.get(await authorize(b, authorizationUrl));
  return { browser: b, response };
}

function setsSession(response: Response): boolean {
  return response.headers.getSetCookie().some((line) => /^sportello_session=[^;]+/.test(line));
}

async function expectRefused(b: Browser, response: Response, code: string) {
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe(`/accedi?errore=${code}`);
  expect(setsSession(response)).toBe(false);
  expect((await failureOf(b.api.me.get.query())).data?.httpStatus).toBe(401);
}

describe('signing in with SPID or CIE through an OpenID Connect gateway', () => {
  it('sends the browser to the gateway with PKCE (S256), a state, a nonce and a request for the fiscal number', async () => {
    expect((await browser().api.auth.methods.query()).oidc).toBe(true);
    const { authorizationUrl } = await startSignIn(browser());
    expect(authorizationUrl.origin).toBe(gateway.issuer);
    const params = authorizationUrl.searchParams;
    expect(params.get('scope')).toBe('openid profile email');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
    expect(params.get('redirect_uri')).toBe(`${testApp.url}/auth/oidc/callback`);
    expect(JSON.parse(params.get('claims')!).userinfo).toHaveProperty('fiscalNumber');
  });

  it('creates a citizen with the codice fiscale and names on a first sign-in, and finds them again on the next', async () => {
    const mario = person('mario.rossi', { fiscalNumber: 'TINIT-RSSMRA80A01H501U' });
    const first = await spidSignIn(mario, '?ritorno=/area-personale/profilo');
    expect(first.response.status).toBe(303);
    expect(first.response.headers.get('location')).toBe('/area-personale/profilo');
    const me = await first.browser.api.me.get.query();
    expect(me).toMatchObject({
      email: 'mario.rossi@example.it',
      fiscalCode: 'RSSMRA80A01H501U',
      givenName: 'Mario',
      familyName: 'Rossi',
    });
    expect(me.roles).toEqual({ admin: false, staffOffices: [], ownedOrganizations: [] });

    // The codice fiscale finds the account even when the gateway now has another address for the person.
    const second = await spidSignIn({ ...mario, email: 'mario@altro.example' }, '?ritorno=//evil.example/x');
    expect(second.response.headers.get('location')).toBe('/area-personale');
    const again = await second.browser.api.me.get.query();
    expect(again.id).toBe(me.id);
    expect(again.email).toBe('mario.rossi@example.it');
    const sessions = await testApp.database.query<{ method: string }>(
      'select method from sessions where user_id = $1',
      [me.id],
    );
    expect(sessions.map((session) => session.method)).toEqual(['oidc', 'oidc']);
  });

  it('links an account made with an email code: same account, codice fiscale set, names filled', async () => {
    const emailClient = await signIn(testApp, 'anna.bianchi@example.it');
    const before = await emailClient.me.get.query();
    expect(before.fiscalCode).toBeNull();
    const anna = person('anna', {
      email: 'Anna.Bianchi@Example.it',
      given_name: 'Anna',
      family_name: 'Bianchi',
      fiscalNumber: `TINIT-${fiscalCode('BNCNNA85M41F205')}`,
    });
    const { browser: b, response } = await spidSignIn(anna);
    expect(response.headers.get('location')).toBe('/area-personale');
    const me = await b.api.me.get.query();
    expect(me.id).toBe(before.id);
    expect(me).toMatchObject({ fiscalCode: fiscalCode('BNCNNA85M41F205'), givenName: 'Anna', familyName: 'Bianchi' });
    expect((await emailClient.me.get.query()).fiscalCode).toBe(fiscalCode('BNCNNA85M41F205'));

    // Someone else's identity carrying Anna's address: not Anna's account, and nobody is signed in.
    const namesake = await spidSignIn(
      person('omonima', { email: 'anna.bianchi@example.it', fiscalNumber: `TINIT-${fiscalCode('BNCNNA90A41H501')}` }),
    );
    await expectRefused(namesake.browser, namesake.response, 'EMAIL_TAKEN');
    expect((await emailClient.me.get.query()).fiscalCode).toBe(fiscalCode('BNCNNA85M41F205'));
  });

  it('refuses a codice fiscale with a wrong check character, or no email, and signs nobody in', async () => {
    const wrongCheck = await spidSignIn(person('sbagliato', { fiscalNumber: 'TINIT-RSSMRA80A01H501X' }));
    await expectRefused(wrongCheck.browser, wrongCheck.response, 'OIDC_IDENTITY_INCOMPLETE');
    const noEmail = await spidSignIn(
      person('senza.email', { email: undefined, fiscalNumber: `TINIT-${fiscalCode('VRDGPP80A01H501')}` }),
    );
    await expectRefused(noEmail.browser, noEmail.response, 'OIDC_IDENTITY_INCOMPLETE');
    const created = await testApp.database.query(
      `select id from users where email like 'sbagliato@%' or fiscal_code like 'VRDGPP%'`,
    );
    expect(created).toEqual([]);
  });
});

describe('tampered or broken callbacks', () => {
  const someone = () =>
    person(`p${Math.random().toString(36).slice(2, 10)}`, { fiscalNumber: `TINIT-${fiscalCode('VRDLGU90B12F205')}` });

  it('refuses a callback whose state was changed', async () => {
    const b = browser();
    gateway.logInAs(someone());
    const callback = await authorize(b, (await startSignIn(b)).authorizationUrl);
    callback.searchParams.set('state', 'forged-state');
    await expectRefused(b, await b.get(callback), 'OIDC_CALLBACK_INVALID');
    // The flow is spent: the genuine callback does not work after a tampered one.
    callback.searchParams.delete('state');
    await expectRefused(b, await b.get(callback), 'SIGN_IN_FLOW_EXPIRED');
  });

  it('refuses a callback that reaches a browser without the flow cookie', async () => {
    const b = browser();
    gateway.logInAs(someone());
    const callback = await authorize(b, (await startSignIn(b)).authorizationUrl);
    const other = browser();
    await expectRefused(other, await other.get(callback), 'SIGN_IN_FLOW_EXPIRED');
  });

  it('refuses a replayed callback, even with the flow cookie', async () => {
    const b = browser();
    gateway.logInAs(someone());
    const { authorizationUrl, flowCookie } = await startSignIn(b);
    const callback = await authorize(b, authorizationUrl);
    expect((await b.get(callback)).headers.get('location')).toBe('/area-personale');
    const attacker = browser();
    await expectRefused(attacker, await attacker.get(callback, { cookie: flowCookie }), 'SIGN_IN_FLOW_EXPIRED');
  });

  it('refuses an expired flow', async () => {
    const b = browser();
    gateway.logInAs(someone());
    const callback = await authorize(b, (await startSignIn(b)).authorizationUrl);
    await testApp.database.query(`update auth_flows set expires_at = now() - interval '1 second' where kind = 'oidc'`);
    await expectRefused(b, await b.get(callback), 'SIGN_IN_FLOW_EXPIRED');
  });

  it('refuses an ID token carrying another nonce', async () => {
    const b = browser();
    gateway.logInAs(someone());
    const { authorizationUrl } = await startSignIn(b);
    authorizationUrl.searchParams.set('nonce', 'nonce-of-another-sign-in');
    await expectRefused(b, await b.get(await authorize(b, authorizationUrl)), 'OIDC_CALLBACK_INVALID');
  });

  it('refuses a code issued for another PKCE challenge', async () => {
    const b = browser();
    gateway.logInAs(someone());
    const { authorizationUrl } = await startSignIn(b);
    authorizationUrl.searchParams.set('code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    await expectRefused(b, await b.get(await authorize(b, authorizationUrl)), 'OIDC_CALLBACK_INVALID');
  });

  it('sends the person back to the sign-in page when they cancel at the gateway', async () => {
    const b = browser();
    gateway.refuseNextLogin('access_denied');
    const callback = await authorize(b, (await startSignIn(b)).authorizationUrl);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    await expectRefused(b, await b.get(callback), 'OIDC_CALLBACK_INVALID');
  });

  it('answers a JSON client with a 400 in the API error shape', async () => {
    const b = browser();
    gateway.logInAs(someone());
    const callback = await authorize(b, (await startSignIn(b)).authorizationUrl);
    callback.searchParams.set('state', 'forged-state');
    const response = await b.get(callback, { accept: 'application/json', 'x-locale': 'en' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; data: { appCode: string } } };
    expect(body.error.data.appCode).toBe('OIDC_CALLBACK_INVALID');
    expect(body.error.message).toMatch(/SPID or CIE/);
    expect(setsSession(response)).toBe(false);
  });
});

describe('without a working gateway', () => {
  it('answers 404 OIDC_NOT_CONFIGURED when SPID/CIE is not configured', async () => {
    const plain = await startTestApp();
    try {
      const client = plain.client();
      expect((await client.auth.methods.query()).oidc).toBe(false);
      for (const path of ['/auth/oidc/start', '/auth/oidc/callback?code=x&state=y']) {
        const response = await fetch(`${plain.url}${path}`, { redirect: 'manual' });
        expect(response.status).toBe(404);
        expect(((await response.json()) as { error: { data: { appCode: string } } }).error.data.appCode).toBe(
          'OIDC_NOT_CONFIGURED',
        );
      }
    } finally {
      await plain.close();
    }
  });

  it('sends the person back with OIDC_UNAVAILABLE when the gateway cannot be reached', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const unreachable = await startTestApp({
      config: { oidc: { issuer: `http://127.0.0.1:${port}`, clientId: 'x', clientSecret: 'y' } },
    });
    try {
      const response = await fetch(`${unreachable.url}/auth/oidc/start`, { redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/accedi?errore=OIDC_UNAVAILABLE');
    } finally {
      await unreachable.close();
    }
  });
});
