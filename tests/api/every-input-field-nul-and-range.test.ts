import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { appRouter } from '../../server/router';
import type { Access } from '../../server/trpc/procedures';
import { fieldLabel } from '../../shared/i18n/validation';
import { type FieldPath, fieldAt, inputSamples, type Leaf, withField } from '../support/input-samples';
import { signInWithFetch, startTestApp, type TestApp } from '../support/test-app';

/**
 * Every string field of every procedure, with a NUL in it, gets a 400 that names the field (PostgreSQL
 * refuses U+0000, so one that slipped through used to be a 500); every number field has a range, and a
 * number outside it gets the same 400. Each call is made by someone the procedure lets in, with an input
 * that is valid but for the one field, so the answer is about that field and nothing else.
 */

type ProcedureDef = {
  _def: { type: 'query' | 'mutation' | 'subscription'; inputs: ZodType[]; meta?: { access?: Access } };
};
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureDef>).sort();

const callerEmail: Record<Exclude<Access, 'public'>, string> = {
  citizen: 'giulia.rossi@example.it',
  staff: 'operatore@comune.valdoria.example.it',
  owner: 'responsabile@comune.valdoria.example.it',
  admin: 'admin@sportello.example.it',
};

/**
 * Numbers a form or a browser defines, with no range of the API's own: answers are checked against the
 * form's field (checkAnswers), and the browser's own values of a push subscription and a passkey are not
 * read. They must still never give a 500.
 */
const unbounded = [/^answers\.answer\d+$/, /^expirationTime$/, /^response\.response\.publicKeyAlgorithm$/];
const largestInteger = 2_147_483_647;

let testApp: TestApp;
const fetchers = new Map<Access, typeof fetch>();
beforeAll(async () => {
  testApp = await startTestApp();
  fetchers.set('public', fetch);
  for (const [access, email] of Object.entries(callerEmail)) {
    fetchers.set(access as Access, (await signInWithFetch(testApp, email)).fetch);
  }
});
afterAll(() => testApp?.close());

type Answer = { status: number; appCode?: string; message?: string; issues?: { path: string[] }[] };

async function call(path: string, procedure: ProcedureDef, input: unknown): Promise<Answer> {
  const doFetch = fetchers.get(procedure._def.meta!.access!)!;
  const headers = { 'content-type': 'application/json', 'x-sportello-request': '1', 'x-locale': 'it' };
  const response =
    procedure._def.type === 'mutation'
      ? await doFetch(`${testApp.url}/trpc/${path}`, { method: 'POST', headers, body: JSON.stringify(input) })
      : await doFetch(`${testApp.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers });
  if (procedure._def.type === 'subscription') return firstEvent(response);
  const body = (await response.json()) as { error?: { message: string; data: Omit<Answer, 'status'> } };
  return { status: response.status, message: body.error?.message, ...body.error?.data };
}

/** An SSE stream opens with 200 and a "connected" event; a refusal is the next one, with the status it stands for. */
async function firstEvent(response: Response): Promise<Answer> {
  const reader = response.body!.getReader();
  const firstData = /event: (?!connected\n)[^\n]*\ndata: (.*)\n\n/;
  let text = '';
  while (!firstData.test(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  await reader.cancel();
  const data = text.match(firstData)?.[1];
  if (!text.includes('event: serialized-error') || !data) return { status: response.status };
  const error = JSON.parse(data) as { message: string; data: { httpStatus: number } & Omit<Answer, 'status'> };
  return { ...error.data, status: error.data.httpStatus, message: error.message };
}

const named = (path: FieldPath) => path.join('.');
const isPrefix = (prefix: string[], path: FieldPath) => prefix.every((part, index) => part === String(path[index]));

/** The answer refuses the input because of this field, and says so in words that name it. */
function expectRefusedFor(answer: Answer, path: FieldPath, what: string) {
  expect(answer.status, `${what}: ${answer.message}`).toBe(400);
  expect(answer.appCode, what).toBe('INVALID_INPUT');
  const issue = answer.issues?.find((candidate) => candidate.path.length > 0 && isPrefix(candidate.path, path));
  expect(issue, `${what}: ${JSON.stringify(answer.issues)}`).toBeDefined();
  // Over the wire a path is strings; the label, like the server's, leaves out list positions. A union's
  // issue stands at the union, its words name the field inside it (an address answer's street).
  const issuePath = issue!.path.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const labels = [fieldLabel(issuePath, 'it'), fieldLabel(path, 'it')].map((label) => `«${label}»`);
  expect(
    labels.some((label) => answer.message?.includes(label)),
    `${what}: ${answer.message}`,
  ).toBe(true);
}

/** The same text with a NUL in the middle, so the length (and what a pattern sees around it) stays. */
const withNul = (text: string) => {
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, middle)}\u0000${text.slice(middle + 1)}`;
};

function outOfRange(leaf: Leaf): number[] {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = leaf.schema;
  const values = [
    minimum === undefined ? undefined : minimum - 1,
    exclusiveMinimum,
    maximum === undefined ? undefined : maximum + 1,
    exclusiveMaximum,
  ].filter((value): value is number => value !== undefined);
  return leaf.kind === 'integer' ? [...values, 1.5] : values;
}

const walked = { procedures: 0, strings: 0, numbers: 0 };

describe('every input field of every procedure', () => {
  for (const [path, procedure] of procedures) {
    const inputs = procedure._def.inputs;
    if (inputs.length === 0) continue;
    it(`${path}: a NUL in any text, or a number out of range, is a 400 naming the field`, async () => {
      walked.procedures++;
      const seen = new Set<string>();
      for (const sample of inputSamples(inputs)) {
        for (const input of inputs) {
          const parsed = input.safeParse(sample.value);
          expect(parsed.error?.issues, `the sample input of ${path} must be valid`).toBeUndefined();
        }
        for (const leaf of sample.leaves) {
          const field = named(leaf.path);
          if (seen.has(`${leaf.kind}:${field}`)) continue;
          seen.add(`${leaf.kind}:${field}`);
          if (leaf.kind === 'string') {
            walked.strings++;
            const text = String(fieldAt(sample.value, leaf.path));
            const answer = await call(path, procedure, withField(sample.value, leaf.path, withNul(text)));
            expectRefusedFor(answer, leaf.path, `NUL in ${path} ${field}`);
            continue;
          }
          walked.numbers++;
          if (unbounded.some((pattern) => pattern.test(field))) {
            for (const extreme of [1e308, -1e308]) {
              const answer = await call(path, procedure, withField(sample.value, leaf.path, extreme));
              expect(answer.status, `${path} ${field} = ${extreme}`).toBeLessThan(500);
            }
            continue;
          }
          const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = leaf.schema;
          expect(minimum ?? exclusiveMinimum, `${path} ${field} needs a lower bound`).toBeDefined();
          expect(maximum ?? exclusiveMaximum, `${path} ${field} needs an upper bound`).toBeDefined();
          if (leaf.kind === 'integer') {
            expect(maximum ?? exclusiveMaximum!, `${path} ${field} must fit an integer column`).toBeLessThanOrEqual(
              largestInteger,
            );
          }
          for (const value of outOfRange(leaf)) {
            const answer = await call(path, procedure, withField(sample.value, leaf.path, value));
            expectRefusedFor(answer, leaf.path, `${path} ${field} = ${value}`);
          }
        }
      }
    });
  }

  it('walked every procedure that takes input, and the fields of the cases reported', () => {
    // Tests of a file run in order: by now every procedure above has been walked.
    expect(walked.procedures).toBe(procedures.filter(([, procedure]) => procedure._def.inputs.length > 0).length);
    expect(walked.strings).toBeGreaterThanOrEqual(100);
    expect(walked.numbers).toBeGreaterThanOrEqual(10);
  });
});
