import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureOf, latestCode, signIn, startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp?.close());

describe('signing in with an email code', () => {
  it('mails a 6-digit code, and a new address that verifies it becomes a citizen', async () => {
    const client = testApp.client();
    expect(await failureOf(client.me.get.query()).then((e) => e.data?.httpStatus)).toBe(401);
    await client.auth.requestCode.mutate({ email: 'Nuova.Persona@Example.it' });
    const [mail] = await testApp.mailbox();
    expect(mail?.to).toBe('nuova.persona@example.it');
    expect(mail?.subject).toMatch(/^\d{6} è il tuo codice/);
    const code = await latestCode(testApp, 'nuova.persona@example.it');
    const verified = await client.auth.verifyCode.mutate({ email: 'nuova.persona@example.it', code });
    expect(verified).toEqual({ ok: true, newAccount: true });
    const me = await client.me.get.query();
    expect(me.email).toBe('nuova.persona@example.it');
    expect(await client.auth.session.query()).toEqual(me);
    expect(await testApp.client().auth.session.query()).toBeNull();
    expect(me.roles).toEqual({ admin: false, staffOffices: [], ownedOrganizations: [] });
    const messages = await client.inbox.list.query();
    expect(messages.map((m) => m.kind)).toEqual(['welcome']);
  });

  it('refuses a wrong code, counts the attempt, and stops the code after five', async () => {
    const email = 'tentativi@example.it';
    const client = testApp.client();
    await client.auth.requestCode.mutate({ email });
    const code = await latestCode(testApp, email);
    const wrong = code === '000000' ? '000001' : '000000';
    const first = await failureOf(client.auth.verifyCode.mutate({ email, code: wrong }));
    expect(first.data?.appCode).toBe('CODE_INVALID');
    expect(first.data?.httpStatus).toBe(400);
    for (let attempt = 2; attempt <= 5; attempt++)
      await failureOf(client.auth.verifyCode.mutate({ email, code: wrong }));
    const blocked = await failureOf(client.auth.verifyCode.mutate({ email, code }));
    expect(blocked.data?.appCode).toBe('CODE_TOO_MANY_ATTEMPTS');
    expect(await failureOf(client.me.get.query()).then((e) => e.data?.appCode)).toBe('AUTH_REQUIRED');
  });

  it('refuses a replayed code', async () => {
    const email = 'replay@example.it';
    await signIn(testApp, email);
    const code = await latestCode(testApp, email);
    const other = testApp.client();
    const replay = await failureOf(other.auth.verifyCode.mutate({ email, code }));
    expect(replay.data?.appCode).toBe('CODE_INVALID');
    expect(await failureOf(other.me.get.query()).then((e) => e.data?.httpStatus)).toBe(401);
  });

  it('refuses an expired code', async () => {
    const email = 'scaduto@example.it';
    const client = testApp.client();
    await client.auth.requestCode.mutate({ email });
    await testApp.database.query(`update email_codes set expires_at = now() - interval '1 second' where email = $1`, [
      email,
    ]);
    const expired = await failureOf(client.auth.verifyCode.mutate({ email, code: await latestCode(testApp, email) }));
    expect(expired.data?.appCode).toBe('CODE_EXPIRED');
    expect(expired.message).toMatch(/scaduto/);
  });

  it('only accepts the newest code for an address', async () => {
    const email = 'due.codici@example.it';
    const client = testApp.client();
    await client.auth.requestCode.mutate({ email });
    const older = await latestCode(testApp, email);
    await client.auth.requestCode.mutate({ email });
    const newer = await latestCode(testApp, email);
    if (older !== newer) {
      expect((await failureOf(client.auth.verifyCode.mutate({ email, code: older }))).data?.appCode).toBe(
        'CODE_INVALID',
      );
    }
    await client.auth.verifyCode.mutate({ email, code: newer });
    expect((await client.me.get.query()).email).toBe(email);
  });

  it('keeps the code hashed at rest', async () => {
    const email = 'hash@example.it';
    await testApp.client().auth.requestCode.mutate({ email });
    const code = await latestCode(testApp, email);
    const [row] = await testApp.database.query<{ code_hash: string }>(
      'select code_hash from email_codes where email = $1 order by created_at desc limit 1',
      [email],
    );
    expect(row?.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.code_hash).not.toContain(code);
  });

  it('rejects malformed emails and codes with a 400 naming the field, and signs nobody in', async () => {
    const client = testApp.client('en');
    const badEmail = await failureOf(client.auth.requestCode.mutate({ email: 'not-an-email' }));
    expect(badEmail.data?.httpStatus).toBe(400);
    expect(badEmail.message).toMatch(/email/);
    const badCode = await failureOf(client.auth.verifyCode.mutate({ email: 'a@example.it', code: '12ab56' }));
    expect(badCode.data?.httpStatus).toBe(400);
    expect(badCode.message).toMatch(/code/);
    expect(await failureOf(client.me.get.query()).then((e) => e.data?.httpStatus)).toBe(401);
  });
});

describe('sessions', () => {
  it('rotate the session id at sign-in and end it at sign-out', async () => {
    const email = 'rotazione@example.it';
    const client = await signIn(testApp, email);
    const [first] = await client.me.sessions.query();
    await client.auth.requestCode.mutate({ email });
    await client.auth.verifyCode.mutate({ email, code: await latestCode(testApp, email) });
    const sessions = await client.me.sessions.query();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.id).not.toBe(first?.id);
    await client.auth.signOut.mutate();
    expect(await failureOf(client.me.get.query()).then((e) => e.data?.httpStatus)).toBe(401);
  });

  it('"sign out everywhere" ends every device of the person', async () => {
    const email = 'ovunque@example.it';
    const phone = await signIn(testApp, email);
    const laptop = await signIn(testApp, email);
    expect(await laptop.me.sessions.query()).toHaveLength(2);
    expect(await phone.auth.signOutEverywhere.mutate()).toEqual({ ended: 2 });
    expect(await failureOf(laptop.me.get.query()).then((e) => e.data?.httpStatus)).toBe(401);
    expect(await failureOf(phone.me.get.query()).then((e) => e.data?.httpStatus)).toBe(401);
  });

  it('expire after the idle time and after the absolute lifetime', async () => {
    const idle = await signIn(testApp, 'inattivo@example.it');
    await testApp.database.query(
      `update sessions set last_seen_at = now() - interval '13 hours' where user_id = (select id from users where email = 'inattivo@example.it')`,
    );
    expect(await failureOf(idle.me.get.query()).then((e) => e.data?.httpStatus)).toBe(401);
    const old = await signIn(testApp, 'vecchio@example.it');
    await testApp.database.query(
      `update sessions set expires_at = now() - interval '1 second' where user_id = (select id from users where email = 'vecchio@example.it')`,
    );
    expect(await failureOf(old.me.get.query()).then((e) => e.data?.httpStatus)).toBe(401);
  });

  it('sets an httpOnly, SameSite=Lax cookie (Secure except on localhost)', async () => {
    const email = 'cookie@example.it';
    const client = testApp.client();
    await client.auth.requestCode.mutate({ email });
    const code = await latestCode(testApp, email);
    const response = await fetch(`${testApp.url}/trpc/auth.verifyCode`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sportello-request': '1' },
      body: JSON.stringify({ email, code }),
    });
    const cookie = response.headers.getSetCookie().join(';');
    expect(cookie).toMatch(/sportello_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    // fetch cannot set Host; inject can, to see the cookie a public host name gets.
    const remote = await testApp.app.inject({
      method: 'POST',
      url: '/trpc/auth.signOut',
      headers: { 'x-sportello-request': '1', host: 'sportello.example.it', 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(String(remote.headers['set-cookie'])).toMatch(/Secure/i);
  });
});
