import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../../server/router';
import { folderCycles, importEdges, repoRoot, walk } from '../support/import-graph';

/** server/features/<key>, server/<folder or file>, client/<folder>, shared/<folder>: the units of layering. */
function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'server' && parts[1] === 'features') return parts.slice(0, 3).join('/');
  return parts.slice(0, 2).join('/');
}

const serverEdges = importEdges(['server']);
const clientEdges = importEdges(['client']);
const sharedEdges = importEdges(['shared']);

describe('layout (docs/architecture.md)', () => {
  it('has one feature folder per root router key, and no other', () => {
    const folders = readdirSync(join(repoRoot, 'server/features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(Object.keys(appRouter._def.record).sort()).toEqual(folders.sort());
  });

  it('has no import from plumbing up into a feature, the app or the demo data', () => {
    const plumbing = /^server\/(db|trpc|http|jobs|mail|errors)\//;
    const above = /^server\/(features\/|demo\/|app\.ts|router\.ts)/;
    expect(serverEdges.filter((edge) => plumbing.test(edge.from) && above.test(edge.to))).toEqual([]);
  });

  it('has no circular imports between folders', () => {
    expect(folderCycles([...serverEdges, ...clientEdges, ...sharedEdges], folderOf)).toEqual([]);
  });

  it('keeps shared isomorphic and the client apart from the server but for the API type', () => {
    expect(sharedEdges.filter((edge) => !edge.to.startsWith('shared/'))).toEqual([]);
    const intoServer = clientEdges.filter((edge) => edge.to.startsWith('server/'));
    expect(intoServer).toEqual([{ from: 'client/lib/trpc.ts', to: 'server/router.ts', typeOnly: true }]);
  });

  it('keeps every test file under tests/', () => {
    const stray = ['client', 'server', 'shared'].flatMap((folder) =>
      walk(join(repoRoot, folder)).filter((path) => /\.test\.tsx?$/.test(path)),
    );
    expect(stray).toEqual([]);
  });

  it('names only files that exist in the README and docs/', () => {
    const pages = ['README.md', ...readdirSync(join(repoRoot, 'docs')).map((name) => `docs/${name}`)];
    const missing = pages.flatMap((page) =>
      [...readFileSync(join(repoRoot, page), 'utf8').matchAll(/`((?:server|client|shared|tests)\/[\w./-]+)`/g)]
        .map((match) => match[1]!)
        .filter((path) => ![path, `${path}.ts`].some((candidate) => existsSync(join(repoRoot, candidate))))
        .map((path) => `${page}: ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no component importing a page', () => {
    expect(
      clientEdges.filter((edge) => edge.from.startsWith('client/components/') && edge.to.startsWith('client/routes/')),
    ).toEqual([]);
  });
});
