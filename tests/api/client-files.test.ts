import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let clientDir: string;
beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'sportello-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Sportello</title><div id="root"></div>');
  writeFileSync(join(clientDir, 'assets/index-3f2a1b.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
  writeFileSync(join(clientDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  testApp = await startTestApp({ config: { clientDir } });
});
afterAll(async () => {
  await testApp?.close();
  rmSync(clientDir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${testApp.url}${path}`, { headers });

describe('serving the client', () => {
  it('serves index.html uncached, with a CSP that allows no inline script', async () => {
    const response = await get('/', { accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('falls back to index.html for client routes', async () => {
    const response = await get('/servizi/cambio-di-residenza', { accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const response = await get('/assets/index-3f2a1b.js', { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('revalidates the service worker on every load', async () => {
    expect((await get('/sw.js')).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404, not the page, for a missing asset or a non-page request', async () => {
    expect((await get('/assets/missing-000.js', { accept: 'text/html' })).status).toBe(404);
    expect((await get('/nothing.json', { accept: 'application/json' })).status).toBe(404);
  });

  it('answers health and readiness', async () => {
    expect(await (await get('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await get('/readyz')).status).toBe(200);
  });
});
