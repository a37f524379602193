import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { clientDist } from '../../server/client-build';

/** The most JavaScript the home page may load before its first render, gzipped: a phone on a slow network. */
export const homeScriptBudget = 40 * 1024;

/** What the built index.html loads at once (its scripts and module preloads, its style sheets), gzipped. */
export function homeBundleSizes() {
  const html = readFileSync(join(clientDist, 'index.html'), 'utf8');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);
  const gzipped = (paths: string[]) =>
    paths.reduce((total, path) => total + gzipSync(readFileSync(join(clientDist, path))).length, 0);
  const scripts = assets(/<script[^>]+src="\/?([^"]+\.js)"/g).concat(
    assets(/<link rel="modulepreload"[^>]+href="\/?([^"]+)"/g),
  );
  const styles = assets(/<link rel="stylesheet"[^>]+href="\/?([^"]+)"/g);
  return { js: gzipped(scripts), css: gzipped(styles), files: [...scripts, ...styles] };
}
