import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { services } from '../../server/db/schema';
import { announceCatalogChange } from '../../server/features/catalog/catalog-cache';
import { startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp?.close());

describe('catalog changes', () => {
  it('are visible as soon as the writing transaction announces them', async () => {
    const client = testApp.client();
    const before = await client.catalog.service.query({ slug: 'pagamento-tari' });
    await testApp.database.db.transaction(async (tx) => {
      await tx
        .update(services)
        .set({
          content: sql`jsonb_set(${services.content}, '{it,title}', '"Pagamento TARI 2027"')`,
          updatedAt: new Date(),
        })
        .where(eq(services.slug, 'pagamento-tari'));
      await announceCatalogChange(tx);
    });
    await expect
      .poll(async () => (await client.catalog.service.query({ slug: 'pagamento-tari' })).title)
      .toBe('Pagamento TARI 2027');
    const found = await client.catalog.search.query({ q: 'tari 2027' });
    expect(found.items[0]?.slug).toBe('pagamento-tari');
    expect(before.title).not.toBe('Pagamento TARI 2027');
  });
});
