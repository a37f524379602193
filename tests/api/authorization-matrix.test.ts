import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../server/db/tables/auth';
import { grantRole } from '../../server/features/auth/grants';
import { appRouter } from '../../server/router';
import type { Access } from '../../server/trpc/procedures';
import { signInWithFetch, startTestApp, type TestApp } from '../support/test-app';

/**
 * Every procedure of the root router, called by every kind of caller: a new procedure is in this
 * matrix the day it is added, with the rule its builder declares.
 */
type Caller = 'anonymous' | 'citizen' | 'staff' | 'owner' | 'admin' | 'otherOrganization';
const callers: Caller[] = ['anonymous', 'citizen', 'staff', 'owner', 'admin', 'otherOrganization'];

const emails: Record<Exclude<Caller, 'anonymous'>, string> = {
  citizen: 'giulia.rossi@example.it',
  staff: 'operatore@comune.valdoria.example.it',
  owner: 'responsabile@comune.valdoria.example.it',
  admin: 'admin@sportello.example.it',
  otherOrganization: 'responsabile@agenzialavoro.example.it',
};

/** Who the builder lets in (the office and organization named are the demo municipality's). */
const allowed: Record<Access, Caller[]> = {
  public: callers,
  citizen: ['citizen', 'staff', 'owner', 'admin', 'otherOrganization'],
  staff: ['staff', 'admin'],
  owner: ['owner', 'admin'],
  admin: ['admin'],
};

/** Input that names the scope the rule checks; procedure-specific fields are left out (400 is fine). */
const scopeInput: Record<Access, object> = {
  public: {},
  citizen: {},
  staff: { office: 'sportello-polifunzionale' },
  owner: { organization: 'comune-di-valdoria' },
  admin: {},
};

/** These end the caller's sessions (all of them, for "everywhere"): everyone signs in again afterwards. */
const endsSession = new Set(['auth.signOut', 'auth.signOutEverywhere']);

type ProcedureDef = { _def: { type: 'query' | 'mutation' | 'subscription'; meta?: { access?: Access } } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureDef>).sort();

let testApp: TestApp;
const fetchers = new Map<Caller, typeof fetch>();

async function signedInFetch(caller: Caller): Promise<typeof fetch> {
  if (caller === 'anonymous') return fetch;
  return (await signInWithFetch(testApp, emails[caller])).fetch;
}

beforeAll(async () => {
  testApp = await startTestApp();
  const { client } = await signInWithFetch(testApp, emails.otherOrganization);
  const me = await client.me.get.query();
  await grantRole(testApp.database.db, me.id, { role: 'owner', organization: 'agenzia-regionale-lavoro' });
  await grantRole(testApp.database.db, me.id, { role: 'staff', office: 'centro-per-l-impiego-valdoria' });
  const [row] = await testApp.database.db.select({ id: users.id }).from(users).where(eq(users.id, me.id));
  expect(row).toBeDefined();
  for (const caller of callers) fetchers.set(caller, await signedInFetch(caller));
});
afterAll(() => testApp?.close());

async function call(caller: Caller, path: string, procedure: ProcedureDef, input: object): Promise<number> {
  const doFetch = fetchers.get(caller)!;
  const headers = { 'content-type': 'application/json', 'x-sportello-request': '1' };
  // Subscriptions are GET requests too (SSE); an unauthorized one is refused before any stream opens.
  const response =
    procedure._def.type !== 'mutation'
      ? await doFetch(`${testApp.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers })
      : await doFetch(`${testApp.url}/trpc/${path}`, { method: 'POST', headers, body: JSON.stringify(input) });
  if (procedure._def.type === 'subscription') return firstEventStatus(response);
  await response.body?.cancel();
  return response.status;
}

/** An SSE stream always opens with 200: a refusal is its first event, carrying the status it stands for. */
async function firstEventStatus(response: Response): Promise<number> {
  const reader = response.body!.getReader();
  let text = '';
  while (!/\n\n/.test(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  await reader.cancel();
  const status = text.match(/"httpStatus":(\d{3})/)?.[1];
  return text.includes('serialized-error') && status ? Number(status) : response.status;
}

describe('authorization matrix', () => {
  it('covers a procedure of every access rule', () => {
    const rules = new Set(procedures.map(([, procedure]) => procedure._def.meta?.access));
    expect([...rules].sort()).toEqual(['admin', 'citizen', 'owner', 'public', 'staff']);
  });

  for (const [path, procedure] of procedures) {
    it(`${path} declares its rule and enforces it for every caller`, async () => {
      const access = procedure._def.meta?.access;
      expect(access, `${path} was built without one of the procedure builders`).toBeDefined();
      for (const caller of callers) {
        const status = await call(caller, path, procedure, scopeInput[access!]);
        if (allowed[access!].includes(caller)) {
          expect([401, 403], `${caller} should reach ${path} (got ${status})`).not.toContain(status);
        } else {
          expect(status, `${caller} must not reach ${path}`).toBe(caller === 'anonymous' ? 401 : 403);
        }
        expect(status, `${caller} on ${path}`).toBeLessThan(500);
        if (endsSession.has(path)) fetchers.set(caller, await signedInFetch(caller));
      }
    });
  }
});
