import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SoftwareAuthenticator } from '../support/software-authenticator';
import { type ApiClient, failureOf, latestCode, signIn, startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp?.close());

/** Adds a passkey to a signed-in person's account, as the Profilo page does. */
async function registerPasskey(client: ApiClient, authenticator: SoftwareAuthenticator, name?: string) {
  const { flowId, options } = await client.auth.passkeys.registrationOptions.mutate();
  const response = authenticator.createCredential(options, testApp.url);
  return client.auth.passkeys.register.mutate({ flowId, response, name });
}

/** Signs in with the authenticator's newest passkey from a browser that has no session. */
async function signInWithPasskey(authenticator: SoftwareAuthenticator, client = testApp.client()) {
  const { flowId, options } = await client.auth.passkeys.signInOptions.mutate();
  await client.auth.passkeys.signIn.mutate({ flowId, response: authenticator.getAssertion(options, testApp.url) });
  return client;
}

async function signedOut(client: ApiClient): Promise<boolean> {
  return (await failureOf(client.me.get.query())).data?.httpStatus === 401;
}

async function storedCounter(id: string): Promise<number> {
  const [row] = await testApp.database.query<{ counter: string | number }>(
    'select counter from passkeys where id = $1',
    [id],
  );
  return Number(row?.counter);
}

describe('registering a passkey', () => {
  it('adds a passkey after an email-code sign-in, lists it, and records it on the audit log', async () => {
    const client = await signIn(testApp, 'passkey.nuova@example.it');
    const authenticator = new SoftwareAuthenticator();
    const { flowId, options } = await client.auth.passkeys.registrationOptions.mutate();
    expect(options.rp.id).toBe('127.0.0.1');
    expect(options.user.name).toBe('passkey.nuova@example.it');
    expect(options.authenticatorSelection).toMatchObject({ residentKey: 'required', userVerification: 'preferred' });
    expect(options.excludeCredentials).toEqual([]);

    const response = authenticator.createCredential(options, testApp.url);
    const passkey = await client.auth.passkeys.register.mutate({ flowId, response, name: 'Il mio telefono' });
    expect(passkey).toMatchObject({ id: response.id, name: 'Il mio telefono', lastUsedAt: null, backedUp: false });
    expect(passkey.deviceType).toBe('singleDevice');
    expect(await client.auth.passkeys.list.query()).toEqual([passkey]);

    const activity = await client.me.activity.query();
    expect(activity.map((entry) => entry.action)).toContain('passkey.register');

    const next = await client.auth.passkeys.registrationOptions.mutate();
    expect(next.options.excludeCredentials?.map((credential) => credential.id)).toEqual([response.id]);
  });

  it('names an unnamed passkey after the browser that made it', async () => {
    const client = await signIn(testApp, 'passkey.senzanome@example.it');
    const { flowId, options } = await client.auth.passkeys.registrationOptions.mutate();
    const response = new SoftwareAuthenticator().createCredential(options, testApp.url);
    const registered = await fetch(`${testApp.url}/trpc/auth.passkeys.register`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-sportello-request': '1',
        'user-agent': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36',
        cookie: await sessionCookieOf('passkey.senzanome@example.it'),
      },
      body: JSON.stringify({ flowId, response }),
    });
    expect(registered.status).toBe(200);
    expect((await client.auth.passkeys.list.query()).map((key) => key.name)).toEqual(['Chrome · Android']);
  });

  it('refuses a replayed registration, a foreign origin and a wrong challenge', async () => {
    const client = await signIn(testApp, 'passkey.registrazioni@example.it');
    const authenticator = new SoftwareAuthenticator();

    const first = await client.auth.passkeys.registrationOptions.mutate();
    const response = authenticator.createCredential(first.options, testApp.url);
    await client.auth.passkeys.register.mutate({ flowId: first.flowId, response });
    const replay = await failureOf(client.auth.passkeys.register.mutate({ flowId: first.flowId, response }));
    expect(replay.data?.appCode).toBe('SIGN_IN_FLOW_EXPIRED');
    expect(replay.data?.httpStatus).toBe(400);

    const phishing = await client.auth.passkeys.registrationOptions.mutate();
    const foreign = authenticator.createCredential(phishing.options, testApp.url, {
      origin: 'https://sportello.example',
    });
    const refused = await failureOf(
      client.auth.passkeys.register.mutate({ flowId: phishing.flowId, response: foreign }),
    );
    expect(refused.data?.appCode).toBe('PASSKEY_VERIFICATION_FAILED');
    expect(refused.data?.httpStatus).toBe(400);

    const stale = await client.auth.passkeys.registrationOptions.mutate();
    const wrong = authenticator.createCredential(stale.options, testApp.url, { challenge: first.options.challenge });
    const mismatch = await failureOf(client.auth.passkeys.register.mutate({ flowId: stale.flowId, response: wrong }));
    expect(mismatch.data?.appCode).toBe('PASSKEY_VERIFICATION_FAILED');

    expect(await client.auth.passkeys.list.query()).toHaveLength(1);
  });

  it("does not accept another person's registration flow", async () => {
    const owner = await signIn(testApp, 'passkey.flusso.a@example.it');
    const other = await signIn(testApp, 'passkey.flusso.b@example.it');
    const { flowId, options } = await owner.auth.passkeys.registrationOptions.mutate();
    const response = new SoftwareAuthenticator().createCredential(options, testApp.url);
    const stolen = await failureOf(other.auth.passkeys.register.mutate({ flowId, response }));
    expect(stolen.data?.appCode).toBe('SIGN_IN_FLOW_EXPIRED');
    expect(await other.auth.passkeys.list.query()).toEqual([]);
    await owner.auth.passkeys.register.mutate({ flowId, response });
    expect(await owner.auth.passkeys.list.query()).toHaveLength(1);
  });

  it('expires a registration flow after five minutes', async () => {
    const client = await signIn(testApp, 'passkey.lento@example.it');
    const { flowId, options } = await client.auth.passkeys.registrationOptions.mutate();
    await testApp.database.query(
      `update auth_flows set expires_at = now() - interval '1 second' where kind = 'passkey_register'`,
    );
    const response = new SoftwareAuthenticator().createCredential(options, testApp.url);
    const expired = await failureOf(client.auth.passkeys.register.mutate({ flowId, response }));
    expect(expired.data?.appCode).toBe('SIGN_IN_FLOW_EXPIRED');
  });
});

describe('signing in with a passkey', () => {
  it('signs in from a fresh browser, sets the session cookie, and moves the counter forward', async () => {
    const email = 'passkey.accesso@example.it';
    const authenticator = new SoftwareAuthenticator();
    const { id } = await registerPasskey(await signIn(testApp, email), authenticator);
    expect(await storedCounter(id)).toBe(0);

    const fresh = testApp.client();
    const { flowId, options } = await fresh.auth.passkeys.signInOptions.mutate();
    expect(options.rpId).toBe('127.0.0.1');
    expect(options.allowCredentials ?? []).toEqual([]);
    const response = await fetch(`${testApp.url}/trpc/auth.passkeys.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sportello-request': '1' },
      body: JSON.stringify({ flowId, response: authenticator.getAssertion(options, testApp.url) }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().join(';');
    expect(cookie).toMatch(/sportello_session=[^;]+/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(await storedCounter(id)).toBe(1);

    const client = await signInWithPasskey(authenticator);
    const me = await client.me.get.query();
    expect(me.email).toBe(email);
    expect(await storedCounter(id)).toBe(2);
    const [listed] = await client.auth.passkeys.list.query();
    expect(listed?.lastUsedAt).not.toBeNull();
    const sessions = await client.me.sessions.query();
    expect(sessions.find((session) => session.current)?.method).toBe('passkey');
  });

  it('answers PASSKEY_NOT_FOUND for a credential the server never registered, and signs nobody in', async () => {
    const stranger = new SoftwareAuthenticator();
    const client = testApp.client();
    const { flowId, options } = await client.auth.passkeys.signInOptions.mutate();
    stranger.createCredential(
      { challenge: 'unused', rp: { id: '127.0.0.1' }, user: { id: 'c29tZW9uZQ' } },
      testApp.url,
    );
    const failure = await failureOf(
      client.auth.passkeys.signIn.mutate({ flowId, response: stranger.getAssertion(options, testApp.url) }),
    );
    expect(failure.data?.appCode).toBe('PASSKEY_NOT_FOUND');
    expect(failure.data?.httpStatus).toBeGreaterThanOrEqual(400);
    expect(failure.data?.httpStatus).toBeLessThan(500);
    expect(await signedOut(client)).toBe(true);
  });

  it('refuses a foreign origin, a wrong challenge, a replay and a cloned counter, and signs nobody in', async () => {
    const authenticator = new SoftwareAuthenticator();
    await registerPasskey(await signIn(testApp, 'passkey.attacchi@example.it'), authenticator);
    const client = testApp.client();

    const phishing = await client.auth.passkeys.signInOptions.mutate();
    const foreign = authenticator.getAssertion(phishing.options, testApp.url, { origin: 'https://sportel1o.example' });
    const refused = await failureOf(client.auth.passkeys.signIn.mutate({ flowId: phishing.flowId, response: foreign }));
    expect(refused.data?.appCode).toBe('PASSKEY_VERIFICATION_FAILED');
    expect(refused.data?.httpStatus).toBe(400);

    const first = await client.auth.passkeys.signInOptions.mutate();
    const second = await client.auth.passkeys.signInOptions.mutate();
    const wrongChallenge = authenticator.getAssertion(second.options, testApp.url, {
      challenge: first.options.challenge,
    });
    const mismatch = await failureOf(
      client.auth.passkeys.signIn.mutate({ flowId: second.flowId, response: wrongChallenge }),
    );
    expect(mismatch.data?.appCode).toBe('PASSKEY_VERIFICATION_FAILED');

    const good = authenticator.getAssertion(first.options, testApp.url);
    await testApp.client().auth.passkeys.signIn.mutate({ flowId: first.flowId, response: good });
    const replay = await failureOf(client.auth.passkeys.signIn.mutate({ flowId: first.flowId, response: good }));
    expect(replay.data?.appCode).toBe('SIGN_IN_FLOW_EXPIRED');
    expect(replay.data?.httpStatus).toBe(400);

    // A copy of the authenticator that lags behind the real one: its counter went backwards.
    const cloned = await client.auth.passkeys.signInOptions.mutate();
    const [credential] = authenticator.credentials;
    credential!.counter = 0;
    const lagging = authenticator.getAssertion(cloned.options, testApp.url);
    const clone = await failureOf(client.auth.passkeys.signIn.mutate({ flowId: cloned.flowId, response: lagging }));
    expect(clone.data?.appCode).toBe('PASSKEY_VERIFICATION_FAILED');

    expect(await signedOut(client)).toBe(true);
  });

  it('refuses a signature that does not match the stored public key', async () => {
    const authenticator = new SoftwareAuthenticator();
    await registerPasskey(await signIn(testApp, 'passkey.firma@example.it'), authenticator);
    const client = testApp.client();
    const { flowId, options } = await client.auth.passkeys.signInOptions.mutate();
    const response = authenticator.getAssertion(options, testApp.url);
    const signature = Buffer.from(response.response.signature, 'base64url');
    signature[signature.length - 1]! ^= 0x01;
    const forged = { ...response, response: { ...response.response, signature: signature.toString('base64url') } };
    const failure = await failureOf(client.auth.passkeys.signIn.mutate({ flowId, response: forged }));
    expect(failure.data?.appCode).toBe('PASSKEY_VERIFICATION_FAILED');
    expect(await signedOut(client)).toBe(true);
  });

  it('rotates an existing session at sign-in', async () => {
    const authenticator = new SoftwareAuthenticator();
    const email = 'passkey.rotazione@example.it';
    const client = await signIn(testApp, email);
    await registerPasskey(client, authenticator);
    const [before] = await client.me.sessions.query();
    await signInWithPasskey(authenticator, client);
    const after = await client.me.sessions.query();
    expect(after).toHaveLength(1);
    expect(after[0]?.id).not.toBe(before?.id);
  });
});

describe("managing one's passkeys", () => {
  it('renames and removes a passkey; a removed passkey no longer signs in', async () => {
    const client = await signIn(testApp, 'passkey.gestione@example.it');
    const authenticator = new SoftwareAuthenticator();
    const { id } = await registerPasskey(client, authenticator, 'Portatile');
    const renamed = await client.auth.passkeys.rename.mutate({ id, name: '  Computer di casa  ' });
    expect(renamed.name).toBe('Computer di casa');
    expect((await client.auth.passkeys.list.query()).map((key) => key.name)).toEqual(['Computer di casa']);

    expect(await client.auth.passkeys.remove.mutate({ id })).toEqual({ ok: true });
    expect(await client.auth.passkeys.list.query()).toEqual([]);
    const actions = (await client.me.activity.query()).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['passkey.register', 'passkey.rename', 'passkey.remove']));

    const fresh = testApp.client();
    const { flowId, options } = await fresh.auth.passkeys.signInOptions.mutate();
    const failure = await failureOf(
      fresh.auth.passkeys.signIn.mutate({ flowId, response: authenticator.getAssertion(options, testApp.url) }),
    );
    expect(failure.data?.appCode).toBe('PASSKEY_NOT_FOUND');
    expect(await signedOut(fresh)).toBe(true);
  });

  it("answers NOT_FOUND, never FORBIDDEN, for someone else's passkey", async () => {
    const alice = await signIn(testApp, 'passkey.alice@example.it');
    const bob = await signIn(testApp, 'passkey.bob@example.it');
    const { id } = await registerPasskey(alice, new SoftwareAuthenticator(), 'Telefono di Alice');

    const rename = await failureOf(bob.auth.passkeys.rename.mutate({ id, name: 'Mio' }));
    expect(rename.data?.code).toBe('NOT_FOUND');
    expect(rename.data?.httpStatus).toBe(404);
    const remove = await failureOf(bob.auth.passkeys.remove.mutate({ id }));
    expect(remove.data?.code).toBe('NOT_FOUND');
    expect(remove.data?.appCode).toBe('PASSKEY_NOT_IN_ACCOUNT');
    const unknown = await failureOf(bob.auth.passkeys.remove.mutate({ id: 'bm90LWEtcmVhbC1jcmVkZW50aWFs' }));
    expect(unknown.data?.appCode).toBe(remove.data?.appCode);
    expect(unknown.message).toBe(remove.message);

    expect(await bob.auth.passkeys.list.query()).toEqual([]);
    expect((await alice.auth.passkeys.list.query()).map((key) => key.name)).toEqual(['Telefono di Alice']);
  });

  it('asks for a session before registering, listing or managing passkeys', async () => {
    const guest = testApp.client();
    // Each call starts only when awaited: a refusal left waiting in an array is an unhandled rejection.
    for (const call of [
      () => guest.auth.passkeys.registrationOptions.mutate(),
      () => guest.auth.passkeys.list.query(),
      () => guest.auth.passkeys.remove.mutate({ id: 'YWJj' }),
      () => guest.auth.passkeys.rename.mutate({ id: 'YWJj', name: 'x' }),
    ]) {
      expect((await failureOf(call())).data?.httpStatus).toBe(401);
    }
  });
});

describe('malformed passkey inputs', () => {
  const raw = async (procedure: string, body: string, cookie = '') => {
    const response = await fetch(`${testApp.url}/trpc/auth.passkeys.${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sportello-request': '1', 'x-locale': 'en', cookie },
      body,
    });
    return { status: response.status, body: (await response.json()) as { error?: { message: string } } };
  };

  it('answers 400 with a readable message, never a 500, and signs nobody in', async () => {
    const cookie = await sessionCookieOf('passkey.malformato@example.it');
    const flowId = 'a'.repeat(43);
    const assertion = {
      id: 'YWJj',
      rawId: 'YWJj',
      type: 'public-key',
      response: { clientDataJSON: 'e30', authenticatorData: 'AAAA', signature: 'AAAA' },
      clientExtensionResults: {},
    };
    const cases: [string, unknown][] = [
      ['signIn', '{oops'],
      ['signIn', null],
      ['signIn', {}],
      ['signIn', { flowId: 'short', response: assertion }],
      ['signIn', { flowId, response: { ...assertion, type: 'password' } }],
      ['signIn', { flowId, response: { ...assertion, id: 'not base64url!' } }],
      ['signIn', { flowId, response: { ...assertion, id: 'A'.repeat(5000) } }],
      ['signIn', { flowId, response: { ...assertion, response: { clientDataJSON: 'e30' } } }],
      ['register', { flowId, response: { ...assertion, response: { clientDataJSON: 'e30' } } }],
      ['register', { flowId, response: 'attestation' }],
      ['rename', { id: 'YWJj', name: '' }],
      ['rename', { id: 'YWJj', name: 'x'.repeat(61) }],
      ['rename', { id: 42, name: 'x' }],
      ['remove', { id: '' }],
      ['remove', { id: ['YWJj'] }],
    ];
    for (const [procedure, input] of cases) {
      const body = typeof input === 'string' ? input : JSON.stringify(input);
      const answer = await raw(procedure, body, cookie);
      expect(answer.status, `${procedure} ${body.slice(0, 80)}`).toBe(400);
      expect(answer.body.error?.message).toBeTruthy();
    }
    const client = testApp.client();
    const { options } = await client.auth.passkeys.signInOptions.mutate();
    // Well formed but made up: a flow id nobody was given.
    const answer = await raw('signIn', JSON.stringify({ flowId, response: { ...assertion, id: options.challenge } }));
    expect(answer.status).toBe(400);
    expect(answer.body.error?.message).toMatch(/expired|not valid/);
  });
});

/** The session cookie of a fresh email-code sign-in, for requests that set their own headers. */
async function sessionCookieOf(email: string): Promise<string> {
  await testApp.client().auth.requestCode.mutate({ email });
  const code = await latestCode(testApp, email);
  const response = await fetch(`${testApp.url}/trpc/auth.verifyCode`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sportello-request': '1' },
    body: JSON.stringify({ email, code }),
  });
  const pair = response.headers.getSetCookie().find((line) => line.startsWith('sportello_session='));
  return pair?.split(';')[0] ?? '';
}
