import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, browserAvailable, openBrowserSession } from './support/browser';

const cieUrl = '/servizi/carta-di-identita-elettronica';
const cie = { it: "Carta d'identità elettronica (CIE)", en: 'Electronic identity card (CIE)' };
const sections = {
  it: [
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
  ],
  en: [
    'What it is',
    'Who it is for',
    'How to apply',
    'What you need',
    'What you get',
    'Times and deadlines',
    'How much it costs',
    'Access the service',
    'Further information',
    'Contacts',
    'Topics',
  ],
};

const documentLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);
const sectionHeadings = (page: Page) =>
  page.getByRole('main').getByRole('region').getByRole('heading', { level: 2 }).allTextContents();

describe.skipIf(!browserAvailable)('a citizen switches language', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession();
    page = await session.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('starts in Italian', async () => {
    await page.goto(`${session.app.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Come possiamo aiutarti?' }).waitFor();
    expect(await documentLanguage(page)).toBe('it');
    expect(await page.getByRole('button', { name: 'Italiano' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('turns the home page into English and searches the English texts', async () => {
    await page.getByRole('button', { name: 'English' }).click();

    await page.getByRole('heading', { level: 1, name: 'How can we help you?' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Browse by category' }).waitFor();
    await page.getByRole('link', { name: 'Registry office and civil status' }).waitFor();
    expect(await documentLanguage(page)).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    const search = page.getByRole('combobox', { name: 'Search for a service' });
    await search.pressSequentially('identity card');
    await page.getByRole('link', { name: 'See all results for “identity card”' }).waitFor();
    await page.getByRole('option', { name: cie.en }).click();
    await page.waitForURL(`${session.app.url}${cieUrl}`);
  });

  it('shows the service page in English', async () => {
    await page.getByRole('heading', { level: 1, name: cie.en }).waitFor();
    expect(await sectionHeadings(page)).toEqual(sections.en);
    const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await breadcrumbs.getByRole('listitem').allTextContents()).toEqual([
      'Home',
      'Services',
      'Registry office and civil status',
      cie.en,
    ]);
    await page.getByText(/^Apply for the electronic identity card/).waitFor();
    expect(await page.title()).toBe(`${cie.en} – Sportello`);
  });

  it('keeps English after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: cie.en }).waitFor();
    expect(await documentLanguage(page)).toBe('en');
    expect(await sectionHeadings(page)).toEqual(sections.en);
  });

  it('switches back to Italian on the same page, and keeps it', async () => {
    await page.getByRole('button', { name: 'Italiano' }).click();
    await page.getByRole('heading', { level: 1, name: cie.it }).waitFor();
    expect(await documentLanguage(page)).toBe('it');
    expect(await sectionHeadings(page)).toEqual(sections.it);
    expect(page.url()).toBe(`${session.app.url}${cieUrl}`);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: cie.it }).waitFor();
    expect(await documentLanguage(page)).toBe('it');
    await page.getByRole('navigation', { name: 'Percorso di navigazione' }).waitFor();
  });
});
