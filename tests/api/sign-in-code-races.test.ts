import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Deployment, settle, startDeployment, tally } from '../support/deployment';
import { type ApiClient, failureOf, latestCode, type TestApp } from '../support/test-app';

/**
 * The limits of email codes held only one call at a time: the per-address count was read, then a code
 * inserted (20 simultaneous requests stored 8–20 codes, 40 over two processes 25–34), and a code's five
 * attempts were read, checked, then counted (simultaneous guesses got 2–11 tries). A right code refused
 * as already used answered CODE_USED, telling the guesser it was right. On PostgreSQL the calls are
 * spread over two app instances, as two processes behind a proxy receive them.
 */
let deployment: Deployment;
let first: TestApp;
let clients: ApiClient[];
const clientFor = (index: number) => clients[index % clients.length]!;

beforeAll(async () => {
  deployment = await startDeployment();
  first = deployment.apps[0]!;
  clients = deployment.apps.map((app) => app.client('en'));
});
afterAll(() => deployment?.close());

async function codeRow(email: string) {
  const rows = await first.database.query<{ attempts: number; consumed: boolean }>(
    'select attempts, consumed_at is not null as consumed from email_codes where email = $1 order by created_at desc',
    [email],
  );
  return rows;
}

const wrongFor = (code: string) => (code === '000000' ? '000001' : '000000');

describe(`email codes under simultaneous calls (${process.env.TEST_DATABASE_URL ? 'PostgreSQL, two instances' : 'PGlite'})`, () => {
  it('stores at most five codes an hour for one address, however many requests race', async () => {
    const email = 'tempesta@example.it';
    const outcomes = await settle(
      Array.from({ length: 20 }, (_, index) => clientFor(index).auth.requestCode.mutate({ email })),
    );
    expect(outcomes.filter((outcome) => outcome.value).length).toBe(5);
    expect(tally(outcomes.map((outcome) => outcome.error))).toEqual({ 'CODE_REQUEST_LIMIT 429': 15 });
    const rows = await codeRow(email);
    expect(rows).toHaveLength(5);
    // Each new code retires the ones before it: exactly one is live, and it is the newest.
    expect(rows.map((row) => row.consumed)).toEqual([false, true, true, true, true]);
  });

  it('compares at most five guesses against a code, however many race', async () => {
    const email = 'indovini@example.it';
    await first.client().auth.requestCode.mutate({ email });
    const code = await latestCode(first, email);
    const outcomes = await settle(
      Array.from({ length: 20 }, (_, index) =>
        clientFor(index).auth.verifyCode.mutate({ email, code: wrongFor(code) }),
      ),
    );
    expect(tally(outcomes.map((outcome) => outcome.error))).toEqual({
      'CODE_INVALID 400': 5,
      'CODE_TOO_MANY_ATTEMPTS 400': 15,
    });
    expect((await codeRow(email))[0]).toEqual({ attempts: 5, consumed: false });
  });

  it('signs in exactly one of many simultaneous right guesses', async () => {
    const email = 'fortunati@example.it';
    await first.client().auth.requestCode.mutate({ email });
    const code = await latestCode(first, email);
    const outcomes = await settle(
      Array.from({ length: 10 }, (_, index) => clientFor(index).auth.verifyCode.mutate({ email, code })),
    );
    expect(outcomes.filter((outcome) => outcome.value?.ok).length).toBe(1);
    expect(tally(outcomes.map((outcome) => outcome.error))).toEqual({ 'CODE_INVALID 400': 9 });
  });
});

describe('a right code that is refused answers exactly as a wrong one', () => {
  const answer = async (email: string, code: string) => {
    const failure = await failureOf(clientFor(1).auth.verifyCode.mutate({ email, code }));
    return { appCode: failure.data?.appCode, httpStatus: failure.data?.httpStatus, message: failure.message };
  };

  it('once the code is used: CODE_INVALID, as for any wrong code', async () => {
    const email = 'usato@example.it';
    const owner = first.client();
    await owner.auth.requestCode.mutate({ email });
    const code = await latestCode(first, email);
    await owner.auth.verifyCode.mutate({ email, code });
    const right = await answer(email, code);
    expect(right.appCode).toBe('CODE_INVALID');
    expect(right).toEqual(await answer(email, wrongFor(code)));
  });

  it('once it has been replaced by a newer code: CODE_INVALID, as for any wrong code', async () => {
    const email = 'sostituito@example.it';
    const owner = first.client();
    await owner.auth.requestCode.mutate({ email });
    const older = await latestCode(first, email);
    await owner.auth.requestCode.mutate({ email });
    const newer = await latestCode(first, email);
    if (older === newer) return;
    const stale = await answer(email, older);
    expect(stale.appCode).toBe('CODE_INVALID');
    const [wrong] = ['000000', '000001', '000002'].filter((guess) => guess !== older && guess !== newer);
    expect(stale).toEqual(await answer(email, wrong!));
  });

  it('once five tries are spent: the same answer to the right code and to a wrong one, without comparing', async () => {
    const email = 'esaurito@example.it';
    await first.client().auth.requestCode.mutate({ email });
    const code = await latestCode(first, email);
    for (let attempt = 0; attempt < 5; attempt++) await answer(email, wrongFor(code));
    const right = await answer(email, code);
    expect(right.appCode).toBe('CODE_TOO_MANY_ATTEMPTS');
    expect(right).toEqual(await answer(email, wrongFor(code)));
    expect((await codeRow(email))[0]).toEqual({ attempts: 5, consumed: false });
  });

  it('once expired: the same answer to the right code and to a wrong one', async () => {
    const email = 'scaduto.pari@example.it';
    await first.client().auth.requestCode.mutate({ email });
    const code = await latestCode(first, email);
    await first.database.query(`update email_codes set expires_at = now() - interval '1 second' where email = $1`, [
      email,
    ]);
    const right = await answer(email, code);
    expect(right.appCode).toBe('CODE_EXPIRED');
    expect(right).toEqual(await answer(email, wrongFor(code)));
  });
});
