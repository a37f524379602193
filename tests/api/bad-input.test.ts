import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../server/router';
import { startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp?.close());

const catalogProcedures = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith('catalog.'));

/** Inputs that are wrong for every catalog procedure, whatever its own fields. */
const alwaysMalformed: [string, string][] = [
  ['not JSON at all', '{oops'],
  ['a JSON array', '[1,2,3]'],
  ['a JSON string', '"carta"'],
  ['an unsupported language', '{"locale":"fr","slug":"cambio-di-residenza"}'],
  ['a language of the wrong type', '{"locale":7,"slug":"cambio-di-residenza"}'],
];

/** Inputs that break some procedures' rules; the others may ignore them, but none may fail with a 5xx. */
const sometimesMalformed: string[] = [
  '{"q":5}',
  `{"q":"${'a'.repeat(5000)}"}`,
  '{"page":0}',
  '{"page":-3}',
  '{"page":1.5}',
  '{"page":"2"}',
  '{"pageSize":100000}',
  '{"category":"../../etc/passwd"}',
  '{"lifeEvent":""}',
  '{"organization":{"$ne":null}}',
  '{"slug":""}',
  '{"slug":"Cambio Di Residenza"}',
  `{"slug":"${'x'.repeat(500)}"}`,
  '{"slug":null}',
  '{"limit":-1}',
  '{"limit":"all"}',
  'null',
  '{}',
];

async function call(procedure: string, rawInput: string, locale = 'it') {
  const url = `${testApp.url}/trpc/${procedure}?input=${encodeURIComponent(rawInput)}`;
  const response = await fetch(url, { headers: { 'x-locale': locale } });
  const body = (await response.json()) as { error?: { message: string; data: { appCode: string } } };
  return { status: response.status, body };
}

describe('bad input to the catalog procedures', () => {
  it('covers every catalog procedure', () => {
    expect(catalogProcedures.length).toBeGreaterThanOrEqual(8);
  });

  for (const procedure of catalogProcedures) {
    it(`${procedure}: always-malformed inputs get a 400 with a readable message`, async () => {
      for (const [what, raw] of alwaysMalformed) {
        const { status, body } = await call(procedure, raw);
        expect(status, `${what} -> ${status}`).toBe(400);
        expect(body.error?.data.appCode).toBe('INVALID_INPUT');
        expect(body.error?.message).not.toMatch(/stack|at Object|ZodError|\n\s+at /);
      }
    });

    it(`${procedure}: rule-breaking inputs never get a 5xx`, async () => {
      for (const raw of sometimesMalformed) {
        const { status } = await call(procedure, raw);
        expect(status, `${raw.slice(0, 60)} -> ${status}`).toBeLessThan(500);
      }
    });
  }

  it('names the field and the rule, in the caller language', async () => {
    const italian = await call('catalog.search', '{"pageSize":100000}', 'it');
    expect(italian.status).toBe(400);
    expect(italian.body.error?.message).toContain('«risultati per pagina»');
    expect(italian.body.error?.message).toContain('al massimo 50');
    const english = await call('catalog.search', '{"pageSize":100000}', 'en');
    expect(english.body.error?.message).toContain('“results per page”');
    expect(english.body.error?.message).toContain('at most 50');
    const slug = await call('catalog.service', '{"slug":"Cambio Di Residenza"}', 'it');
    expect(slug.status).toBe(400);
    expect(slug.body.error?.message).toContain('«identificativo»');
  });

  it('answers an unknown procedure with 404 and a mutation-style POST to a query with 405', async () => {
    const unknown = await call('catalog.nothing', '{}');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.data.appCode).toBe('NOT_FOUND');
    const post = await fetch(`${testApp.url}/trpc/catalog.search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sportello-request': '1' },
      body: '{}',
    });
    expect(post.status).toBe(405);
    expect(((await post.json()) as { error: { data: { appCode: string } } }).error.data.appCode).toBe(
      'METHOD_NOT_ALLOWED',
    );
  });
});

describe('a fault on the server', () => {
  it('answers 500 with the request id to quote, and nothing of the fault itself', async () => {
    const broken = await startTestApp();
    try {
      // A table gone from under the app stands for any failure the domain does not expect.
      await broken.database.query('alter table bookings rename to bookings_gone');
      const input = encodeURIComponent(JSON.stringify({ code: 'ABCDE23456', email: 'mario.rossi@example.it' }));
      const response = await fetch(`${broken.url}/trpc/booking.lookup?input=${input}`, {
        headers: { 'x-locale': 'en' },
      });
      expect(response.status).toBe(500);
      const body = (await response.json()) as { error: { message: string; data: { appCode: string } } };
      expect(body.error.data.appCode).toBe('INTERNAL');
      expect(body.error.message).toContain(`quote the code ${response.headers.get('x-request-id')}`);
      expect(JSON.stringify(body)).not.toMatch(/bookings|relation|select|\n\s+at /);
    } finally {
      await broken.close();
    }
  });
});
