import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, browserAvailable, openBrowserSession } from './support/browser';

const cie = "Carta d'identità elettronica (CIE)";
const cieUrl = '/servizi/carta-di-identita-elettronica';

/**
 * Catalog answers are written to IndexedDB just after the page shows them; going offline before that
 * write lands would test a race, not the app. This waits for the write without creating the database.
 */
function savedResponses(page: Page, procedure: string): Promise<number> {
  return page.evaluate(async (wanted) => {
    const names = (await indexedDB.databases()).map((database) => database.name);
    if (!names.includes('sportello-offline')) return 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sportello-offline');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('responses')) return 0;
      const all = await new Promise<{ procedure: string }[]>((resolve, reject) => {
        const request = db.transaction('responses').objectStore('responses').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      return all.filter((response) => response.procedure === wanted).length;
    } finally {
      db.close();
    }
  }, procedure);
}

describe.skipIf(!browserAvailable)('a citizen without network', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession();
    page = await session.context.newPage();
  });

  afterAll(async () => {
    await session?.context.setOffline(false);
    await session?.close();
  });

  it('gets a service worker that controls the app once it is installed', async () => {
    await page.goto(`${session.app.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Come possiamo aiutarti?' }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // A worker installed during a visit controls the pages opened after it.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Come possiamo aiutarti?' }).waitFor();
    await expect.poll(() => savedResponses(page, 'catalog.categories')).toBeGreaterThan(0);
  });

  it('reloads a service page seen online while offline, saying how fresh it is', async () => {
    await page.getByRole('region', { name: 'Servizi più richiesti' }).getByRole('link', { name: cie }).click();
    await page.waitForURL(`${session.app.url}${cieUrl}`);
    await page.getByRole('heading', { level: 1, name: cie }).waitFor();
    await expect.poll(() => savedResponses(page, 'catalog.service')).toBeGreaterThan(0);

    await session.context.setOffline(true);
    await page.reload();

    await page.getByRole('heading', { level: 1, name: cie }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Cosa serve' }).waitFor();
    await page.getByText(/^Dati salvati su questo dispositivo, aggiornati il /).waitFor();
    await page.getByText('Sei offline.', { exact: true }).waitFor();
    await page.getByText(/Ultimo aggiornamento: /).waitFor();
  });

  it('says so for a page that was never saved', async () => {
    await page.goto(`${session.app.url}/servizi/iscrizione-asilo-nido`);
    await page.getByRole('heading', { level: 1, name: 'Contenuto non disponibile offline' }).waitFor();
  });

  it('finds the visited service in a search on the home page', async () => {
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1, name: 'Come possiamo aiutarti?' }).waitFor();

    await page.getByRole('combobox', { name: 'Cerca un servizio' }).pressSequentially('identita elettronica');
    await page.getByRole('link', { name: 'Vedi tutti i risultati per «identita elettronica»' }).waitFor();
    const suggestions = page.getByRole('listbox', { name: 'Servizi suggeriti' }).getByRole('option');
    expect(await suggestions.first().textContent()).toContain(cie);
    await page.getByText('Sei offline: i risultati vengono dai servizi salvati su questo dispositivo.').waitFor();

    await suggestions.first().click();
    await page.waitForURL(`${session.app.url}${cieUrl}`);
    await page.getByRole('heading', { level: 1, name: cie }).waitFor();
  });

  it('drops the offline banner when the network is back', async () => {
    await session.context.setOffline(false);
    await page.getByText('Sei offline.', { exact: true }).waitFor({ state: 'hidden' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: cie }).waitFor();
    expect(await page.getByText(/^Dati salvati su questo dispositivo/).count()).toBe(0);
  });
});
