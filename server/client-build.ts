import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const clientDist = join(root, 'dist/client');
const sources = ['client', 'shared', 'vite.config.ts'].map((path) => join(root, path));

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stats.mtimeMs);
}

/** Builds the client when dist/ is missing or older than its sources; true when it built. */
export async function ensureClientBuilt(log: (line: string) => void = console.log): Promise<boolean> {
  const builtIndex = join(clientDist, 'index.html');
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  const changedAt = Math.max(...sources.filter(existsSync).map(newestChange));
  if (builtAt >= changedAt) return false;
  log(builtAt ? 'Client sources changed: rebuilding the client…' : 'Building the client (first start)…');
  // Vite derives import.meta.env.PROD from NODE_ENV alone; under `NODE_ENV=development npm start` or
  // vitest (NODE_ENV=test) the client would silently be built without its service worker.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const { build } = await import('vite');
    await build({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  return true;
}
