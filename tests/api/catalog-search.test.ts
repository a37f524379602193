import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp?.close());

const search = (q: string, extra: Record<string, unknown> = {}) =>
  testApp.client().catalog.search.query({ q, ...extra });
const slugs = async (q: string, extra: Record<string, unknown> = {}) =>
  (await search(q, extra)).items.map((s) => s.slug);

describe('catalog.search', () => {
  it('puts the CIE first for "carta identita", without accents or apostrophes', async () => {
    expect((await slugs('carta identita'))[0]).toBe('carta-di-identita-elettronica');
    expect((await slugs("carta d'identità"))[0]).toBe('carta-di-identita-elettronica');
    expect((await slugs('CARTA IDENTITÀ'))[0]).toBe('carta-di-identita-elettronica');
  });

  it('finds Cambio di residenza for "residenza" and the nursery for "asilo"', async () => {
    expect(await slugs('residenza')).toContain('cambio-di-residenza');
    expect((await slugs('residenza'))[0]).toBe('cambio-di-residenza');
    expect((await slugs('asilo'))[0]).toBe('iscrizione-asilo-nido');
  });

  it('matches prefixes as the person types', async () => {
    expect(await slugs('resid')).toContain('cambio-di-residenza');
    expect(await slugs('carta ident')).toContain('carta-di-identita-elettronica');
  });

  it('stems Italian words: a plural finds the singular title', async () => {
    expect(await slugs('certificati anagrafici')).toContain('certificato-anagrafico');
  });

  it('tolerates typos', async () => {
    expect(await slugs('residnza')).toContain('cambio-di-residenza');
    expect(await slugs('carta identitá eletronica')).toContain('carta-di-identita-elettronica');
  });

  it('searches English texts when the locale is en', async () => {
    const english = await search('identity card', { locale: 'en' });
    expect(english.items[0]?.slug).toBe('carta-di-identita-elettronica');
    expect(english.items[0]?.title).toMatch(/identity card/i);
    expect((await slugs('change of residence', { locale: 'en' }))[0]).toBe('cambio-di-residenza');
    expect(await slugs('nursery', { locale: 'en' })).toContain('iscrizione-asilo-nido');
  });

  it('filters by category, life event and organization', async () => {
    const byCategory = await search('', { category: 'anagrafe-e-stato-civile' });
    expect(byCategory.total).toBeGreaterThan(0);
    expect(byCategory.items.every((s) => s.category.slug === 'anagrafe-e-stato-civile')).toBe(true);

    const byLifeEvent = await slugs('', { lifeEvent: 'cambio-di-residenza', pageSize: 50 });
    expect(byLifeEvent).toContain('cambio-di-residenza');

    const byOrganization = await search('', { organization: 'asl-valdoria', pageSize: 50 });
    expect(byOrganization.items.length).toBeGreaterThan(0);
    expect(byOrganization.items.every((s) => s.organization.slug === 'asl-valdoria')).toBe(true);

    expect((await search('carta identita', { organization: 'asl-valdoria' })).total).toBe(0);
  });

  it('pages through results with a stable total', async () => {
    const first = await search('', { pageSize: 10, page: 1 });
    const second = await search('', { pageSize: 10, page: 2 });
    expect(first.total).toBeGreaterThanOrEqual(30);
    expect(second.total).toBe(first.total);
    expect(second.items.map((s) => s.slug)).not.toContain(first.items[0]?.slug);
    const beyond = await search('', { pageSize: 10, page: 50 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  it('returns nothing, not everything, for words no service has', async () => {
    expect((await search('xylofonoquantico')).total).toBe(0);
  });

  it('answers in the requested language with category and organization names', async () => {
    const [italian] = (await search('tari')).items;
    const [english] = (await search('tari', { locale: 'en' })).items;
    expect(italian?.category.name).toBe('Tributi, finanze e contravvenzioni');
    expect(english?.category.name).not.toBe(italian?.category.name);
    expect(italian?.organization.name).toBe('Comune di Valdoria');
  });
});
