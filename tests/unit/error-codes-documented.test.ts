import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { type TRPC_ERROR_CODE_KEY, TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { describe, expect, it } from 'vitest';
import { codeForTransportError, errorTable } from '../../server/errors/error-table';
import { type ErrorCode, errorCodes } from '../../shared/errors/codes';
import { errorMessages } from '../../shared/i18n/errors';

/**
 * docs/errors.md is the page an operator or a client author reads; these checks keep it, and the list
 * of codes itself, honest: every code has its row, is really produced somewhere, and a test asserts it.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function filesUnder(folder: string, keep: (path: string) => boolean): string[] {
  const entries = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' });
  return entries.map((entry) => join(folder, entry)).filter(keep);
}

/**
 * The code as a string of its own or inside one without spaces (`'/accedi?errore=CODE'`): what throwing,
 * answering or asserting it looks like, as opposed to a sentence that names it (a test's title).
 */
function mentions(text: string, code: ErrorCode): boolean {
  return new RegExp(`['"\`][^'"\`\\s]*(?<![A-Z0-9_])${code}(?![A-Z0-9_])[^'"\`\\s]*['"\`]`).test(text);
}

/** Where the codes are only declared, mapped or worded: naming a code there produces nothing. */
const declarations = ['shared/errors/codes.ts', 'shared/i18n/errors.ts', 'server/errors/error-table.ts'];

const sources = ['server', 'shared', 'client']
  .flatMap((folder) => filesUnder(folder, (path) => /\.tsx?$/.test(path)))
  .filter((path) => !declarations.includes(path))
  .map(read);
const fromTransport = new Set(
  (Object.keys(TRPC_ERROR_CODES_BY_KEY) as TRPC_ERROR_CODE_KEY[]).map(codeForTransportError),
);
const tests = filesUnder('tests', (path) => path.endsWith('.test.ts') && !basename(path).startsWith('error-codes')).map(
  read,
);

/** docs/errors.md's table rows, by code: status, meaning, Italian, English. */
const rows = read('docs/errors.md')
  .split('\n')
  .flatMap((line) => {
    const match = /^\|\s*`([A-Z0-9_]+)`\s*\|(.*)\|\s*$/.exec(line);
    return match ? [{ code: match[1]!, cells: match[2]!.split('|').map((cell) => cell.trim()) }] : [];
  });

const httpStatusOf = (code: ErrorCode) => getHTTPStatusCodeFromError(new TRPCError({ code: errorTable[code] }));

describe('docs/errors.md', () => {
  it('has one row per code and none for a code that does not exist', () => {
    expect(rows.map((row) => row.code).sort()).toEqual([...errorCodes].sort());
  });

  it.each(errorCodes)('%s: its row gives the status of the error table, a meaning and both messages', (code) => {
    const [status, meaning, italian, english] = rows.find((row) => row.code === code)?.cells ?? [];
    expect(Number(status)).toBe(httpStatusOf(code));
    expect(meaning?.length).toBeGreaterThan(10);
    expect(italian).toBe(errorMessages.it[code]);
    expect(english).toBe(errorMessages.en[code]);
  });
});

describe('every error code', () => {
  it('is read from files that exist', () => {
    for (const path of declarations) expect(existsSync(join(root, path)), path).toBe(true);
    expect(sources.length).toBeGreaterThan(100);
    expect(tests.length).toBeGreaterThan(20);
  });

  it('is produced somewhere in server/, shared/ or client/, or by the transport', () => {
    const neverProduced = errorCodes.filter(
      (code) => !fromTransport.has(code) && !sources.some((text) => mentions(text, code)),
    );
    expect(neverProduced).toEqual([]);
  });

  it('is asserted by a test', () => {
    const neverAsserted = errorCodes.filter((code) => !tests.some((text) => mentions(text, code)));
    expect(neverAsserted).toEqual([]);
  });
});
