import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { clientDist } from '../../../server/client-build';
import { startTestApp, type TestApp } from '../../support/test-app';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const browserAvailable = existsSync(chromiumPath);

if (!browserAvailable) {
  const message = `Chromium not found at ${chromiumPath}: browser tests cannot run (apt-get install -y chromium)`;
  if (process.env.REQUIRE_E2E === '1') throw new Error(`${message}. REQUIRE_E2E=1 makes this a failure.`);
  console.warn(`\n!!! ${message}. SKIPPING browser tests. !!!\n`);
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type BrowserSession = { app: TestApp; context: BrowserContext; close(): Promise<void> };

/**
 * The built client served by the real app on a fresh database, in a persistent Chromium profile
 * (service workers need one).
 */
export async function openBrowserSession(options: { locale?: string } = {}): Promise<BrowserSession> {
  const app = await startTestApp({ config: { clientDir: clientDist } });
  const profile = mkdtempSync(join(tmpdir(), 'sportello-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    locale: options.locale ?? 'it-IT',
    viewport: { width: 412, height: 915 },
    serviceWorkers: 'allow',
  });
  return {
    app,
    context,
    async close() {
      await context.close();
      await app.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
