import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, browserAvailable, openBrowserSession } from './support/browser';

const cie = "Carta d'identità elettronica (CIE)";
const modelloComuniSections = [
  "Cos'è",
  'A chi è rivolto',
  'Come fare',
  'Cosa serve',
  'Cosa si ottiene',
  'Tempi e scadenze',
  'Quanto costa',
  'Accedi al servizio',
  'Ulteriori informazioni',
  'Contatti',
  'Argomenti',
];

/**
 * Console errors and uncaught exceptions. Chromium reports a Content-Security-Policy violation as a
 * console error ("Executing inline script violates ... 'script-src 'self''"), so this catches those too.
 */
type PageProblem = { text: string; url: string };

describe.skipIf(!browserAvailable)('a citizen finds a service', () => {
  let session: BrowserSession;
  let page: Page;
  let problems: PageProblem[];

  beforeAll(async () => {
    session = await openBrowserSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  async function openPage(path: string): Promise<Page> {
    problems = [];
    page = await session.context.newPage();
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') problems.push({ text: message.text(), url: message.location().url });
    });
    page.on('pageerror', (error) => problems.push({ text: `${error.name}: ${error.message}`, url: page.url() }));
    await page.goto(`${session.app.url}${path}`);
    return page;
  }

  afterEach(async () => {
    await page?.close();
  });

  it('searches from the home page and opens the CIE with the keyboard', async () => {
    await openPage('/');
    await page.getByRole('heading', { level: 1, name: 'Come possiamo aiutarti?' }).waitFor();

    const search = page.getByRole('combobox', { name: 'Cerca un servizio' });
    await search.pressSequentially('carta identita');
    // Results for a half-typed query may show first: wait for those of the whole query.
    await page.getByRole('link', { name: 'Vedi tutti i risultati per «carta identita»' }).waitFor();
    const suggestions = page.getByRole('listbox', { name: 'Servizi suggeriti' }).getByRole('option');
    expect(await suggestions.first().textContent()).toContain(cie);
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');

    await search.press('ArrowDown');
    await expect.poll(() => suggestions.first().getAttribute('aria-selected')).toBe('true');
    await search.press('Enter');

    await page.waitForURL(`${session.app.url}/servizi/carta-di-identita-elettronica`);
    await page.getByRole('heading', { level: 1, name: cie }).waitFor();
    expect(await page.title()).toBe(`${cie} – Sportello`);
    expect(problems).toEqual([]);
  });

  it('shows the service page as the Modello Comuni lays it out', async () => {
    await openPage('/servizi/carta-di-identita-elettronica');
    await page.getByRole('heading', { level: 1, name: cie }).waitFor();

    const breadcrumbs = page.getByRole('navigation', { name: 'Percorso di navigazione' });
    expect(await breadcrumbs.getByRole('listitem').allTextContents()).toEqual([
      'Home',
      'Servizi',
      'Anagrafe e stato civile',
      cie,
    ]);
    await breadcrumbs.getByRole('link', { name: 'Anagrafe e stato civile' }).waitFor();
    expect(await breadcrumbs.getByRole('link', { name: cie }).count()).toBe(0);

    const sectionHeadings = page.getByRole('main').getByRole('region').getByRole('heading', { level: 2 });
    expect(await sectionHeadings.allTextContents()).toEqual(modelloComuniSections);
    const pageIndex = page.getByRole('navigation', { name: 'Indice della pagina' }).getByRole('link');
    expect(await pageIndex.allTextContents()).toEqual(modelloComuniSections);

    const jsonLd = page.locator('head script[type="application/ld+json"]');
    await jsonLd.waitFor({ state: 'attached' });
    const data = JSON.parse((await jsonLd.textContent()) ?? '{}');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: cie,
      url: `${session.app.url}/servizi/carta-di-identita-elettronica`,
      serviceType: 'Anagrafe e stato civile',
    });
    expect(problems).toEqual([]);
  });

  it('opens a suggestion with a click as well', async () => {
    await openPage('/');
    await page.getByRole('combobox', { name: 'Cerca un servizio' }).pressSequentially('asilo');
    await page.getByRole('option', { name: /Iscrizione all'asilo nido/ }).click();
    await page.waitForURL(`${session.app.url}/servizi/iscrizione-asilo-nido`);
    await page.getByRole('heading', { level: 1, name: /asilo nido/ }).waitFor();
    expect(problems).toEqual([]);
  });

  it('leads from a category on the home page to the services it holds', async () => {
    await openPage('/');
    const categories = page.getByRole('region', { name: 'Esplora per categoria' });
    await categories.getByRole('link', { name: 'Anagrafe e stato civile' }).click();

    await page.waitForURL(`${session.app.url}/categorie/anagrafe-e-stato-civile`);
    await page.getByRole('heading', { level: 1, name: 'Anagrafe e stato civile' }).waitFor();
    const services = page.getByRole('region', { name: 'Servizi', exact: true });
    await services.getByRole('link', { name: cie }).waitFor();
    await services.getByRole('link', { name: 'Cambio di residenza' }).waitFor();
    const listed = await services.getByRole('listitem').count();
    await services.getByText(`${listed} servizi`, { exact: true }).waitFor();

    await services.getByRole('link', { name: 'Cambio di residenza' }).click();
    await page.waitForURL(`${session.app.url}/servizi/cambio-di-residenza`);
    await page.getByRole('heading', { level: 1, name: 'Cambio di residenza' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('shows the 404 page for a service that does not exist', async () => {
    await openPage('/servizi/xyz-non-esiste');
    await page.getByRole('heading', { level: 1, name: 'Pagina non trovata' }).waitFor();
    await page.getByRole('link', { name: 'Torna alla home' }).waitFor();
    expect(await page.title()).toBe('Pagina non trovata – Sportello');
    expect(problems).toEqual([]);
  });

  it('shows the 404 page for an address the app does not know', async () => {
    await openPage('/indirizzo/che-non-esiste');
    await page.getByRole('heading', { level: 1, name: 'Pagina non trovata' }).waitFor();
    expect(problems).toEqual([]);
  });
});
