import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureOf, startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp?.close());

const modelloComuniCategories = 15;

describe('catalog procedures', () => {
  it('serves a service page with every Modello Comuni section, its offices and topics', async () => {
    const service = await testApp.client().catalog.service.query({ slug: 'cambio-di-residenza' });
    expect(service.title).toBe('Cambio di residenza');
    for (const text of Object.values(service.sections)) expect(text.length).toBeGreaterThan(4);
    expect(service.organization.slug).toBe('comune-di-valdoria');
    expect(service.offices.length).toBeGreaterThan(0);
    expect(service.offices[0]?.timeZone).toBe('Europe/Rome');
    expect(service.lifeEvents.map((e) => e.slug)).toContain('cambio-di-residenza');
    expect(new Date(service.updatedAt).toISOString()).toBe(service.updatedAt);
  });

  it('serves the same page in English', async () => {
    const service = await testApp.client('en').catalog.service.query({ slug: 'cambio-di-residenza', locale: 'en' });
    expect(service.title).toMatch(/residence/i);
    expect(service.category.name).not.toBe('Anagrafe e stato civile');
  });

  it('answers NOT_FOUND with a localized message for an unknown slug', async () => {
    const italian = await failureOf(testApp.client().catalog.service.query({ slug: 'non-esiste' }));
    expect(italian.data?.httpStatus).toBe(404);
    expect(italian.data?.appCode).toBe('SERVICE_NOT_FOUND');
    expect(italian.message).toContain('non-esiste');
    expect(italian.message).toMatch(/non esiste/);
    const english = await failureOf(testApp.client('en').catalog.service.query({ slug: 'non-esiste' }));
    expect(english.message).toMatch(/does not exist/);
  });

  it('lists the 15 categories in Modello Comuni order, each with services', async () => {
    const categories = await testApp.client().catalog.categories.query({ locale: 'it' });
    expect(categories).toHaveLength(modelloComuniCategories);
    expect(categories[0]?.name).toBe('Anagrafe e stato civile');
    expect(categories.every((category) => category.serviceCount > 0)).toBe(true);
  });

  it('lists a category and a life event with their services', async () => {
    const category = await testApp.client().catalog.category.query({ slug: 'mobilita-e-trasporti' });
    expect(category.services.map((s) => s.slug)).toContain('permesso-accesso-ztl');
    const noCategory = await failureOf(testApp.client().catalog.category.query({ slug: 'mai-vista' }));
    expect(noCategory.data).toMatchObject({ appCode: 'CATEGORY_NOT_FOUND', httpStatus: 404 });
    expect(noCategory.message).toContain('mai-vista');
    const lifeEvents = await testApp.client().catalog.lifeEvents.query({ locale: 'it' });
    expect(lifeEvents.length).toBeGreaterThanOrEqual(5);
    const birth = await testApp.client().catalog.lifeEvent.query({ slug: 'nascita-di-un-figlio' });
    expect(birth.services.map((s) => s.slug)).toContain('iscrizione-asilo-nido');
    const missing = await failureOf(testApp.client().catalog.lifeEvent.query({ slug: 'mai-successo' }));
    expect(missing.data?.appCode).toBe('LIFE_EVENT_NOT_FOUND');
  });

  it('narrows categories and life events to one organization when asked', async () => {
    const client = testApp.client();
    const all = await client.catalog.categories.query({ locale: 'it' });
    const asl = await client.catalog.categories.query({ locale: 'it', organization: 'asl-valdoria' });
    expect(asl).toHaveLength(modelloComuniCategories);
    const health = (topics: typeof all) => topics.find((t) => t.slug === 'salute-benessere-e-assistenza')!.serviceCount;
    expect(health(asl)).toBeGreaterThan(0);
    expect(health(asl)).toBeLessThan(health(all));
    expect(asl.find((t) => t.slug === 'anagrafe-e-stato-civile')?.serviceCount).toBe(0);
    const category = await client.catalog.category.query({
      slug: 'salute-benessere-e-assistenza',
      organization: 'asl-valdoria',
    });
    expect(category.services.length).toBe(health(asl));
    expect(category.services.every((s) => s.organization.slug === 'asl-valdoria')).toBe(true);
    const event = await client.catalog.lifeEvent.query({ slug: 'cambio-di-residenza', organization: 'asl-valdoria' });
    expect(event.services.every((s) => s.organization.slug === 'asl-valdoria')).toBe(true);
  });

  it('lists organizations of different kinds with their service counts', async () => {
    const organizations = await testApp.client().catalog.organizations.query({ locale: 'it' });
    expect(new Set(organizations.map((o) => o.kind)).size).toBeGreaterThanOrEqual(2);
    const total = organizations.reduce((sum, o) => sum + o.serviceCount, 0);
    expect(total).toBeGreaterThanOrEqual(30);
  });

  it('lists the most requested services, most popular first, optionally per organization', async () => {
    const popular = await testApp.client().catalog.popular.query({ limit: 5, locale: 'it' });
    expect(popular).toHaveLength(5);
    expect(popular[0]?.slug).toBe('carta-di-identita-elettronica');
    const asl = await testApp.client().catalog.popular.query({ organization: 'asl-valdoria', limit: 5, locale: 'it' });
    expect(asl.every((s) => s.organization.slug === 'asl-valdoria')).toBe(true);
  });
});
