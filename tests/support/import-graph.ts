import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export type ImportEdge = { from: string; to: string; typeOnly: boolean };

const sourceFile = /\.(ts|tsx)$/;
const candidates = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
// Static imports and re-exports, and import() calls; `import type` and `export type` are marked.
const importPattern =
  /(?:^|\n)\s*(import|export)(\s+type)?\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Every TypeScript source file under a folder. */
export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : sourceFile.test(name) ? [path] : [];
  });
}

function resolveImport(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  return candidates.map((suffix) => base + suffix).find((path) => existsSync(path) && statSync(path).isFile());
}

/** Every relative import between the source files under the given folders, as repo-relative paths. */
export function importEdges(folders: string[]): ImportEdge[] {
  const files = folders.flatMap((folder) => walk(join(repoRoot, folder)));
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(importPattern)].flatMap((match) => {
      const target = resolveImport(file, match[3] ?? match[4]!);
      if (!target) return [];
      return [{ from: relative(repoRoot, file), to: relative(repoRoot, target), typeOnly: Boolean(match[2]) }];
    }),
  );
}

/** The folder cycles of a graph whose nodes are named by `group`: each as a list of folders. */
export function folderCycles(edges: ImportEdge[], group: (path: string) => string): string[][] {
  const next = new Map<string, Set<string>>();
  for (const edge of edges) {
    const [from, to] = [group(edge.from), group(edge.to)];
    if (from !== to) next.set(from, (next.get(from) ?? new Set()).add(to));
  }
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (node: string, path: string[]) => {
    const at = path.indexOf(node);
    if (at >= 0) return void cycles.push(path.slice(at));
    if (seen.has(node)) return;
    for (const to of next.get(node) ?? []) visit(to, [...path, node]);
    seen.add(node);
  };
  for (const node of next.keys()) visit(node, []);
  return cycles;
}
