import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { openDatabase } from '../../server/db/client';
import { announceCatalogChange } from '../../server/features/catalog/catalog-cache';
import { withDatabase } from '../support/template-database';
import { testConfig } from '../support/test-app';

const serverUrl = process.env.TEST_DATABASE_URL;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

describe('two server processes on one PostgreSQL database', () => {
  it.runIf(serverUrl)('start together on an empty database: one migrates and seeds, both serve', async () => {
    const name = `sportello_pair_${process.pid}_${Date.now()}`;
    await admin(`create database ${name}`);
    const url = withDatabase(serverUrl!, name);
    const handles = await Promise.all([openDatabase({ url }), openDatabase({ url })]);
    try {
      const apps = await Promise.all(handles.map((database) => buildApp(testConfig(), { database })));
      const bases = await Promise.all(apps.map((app) => app.listen({ port: 0, host: '127.0.0.1' })));
      for (const base of bases) expect((await fetch(`${base}/readyz`)).status).toBe(200);
      const [categories] = await handles[0]!.query<{ n: number }>('select count(*)::int as n from categories');
      expect(categories?.n).toBe(15);
      const totals = await Promise.all(
        bases.map(async (base) => {
          const response = await fetch(`${base}/trpc/catalog.search?input=${encodeURIComponent('{"q":"residenza"}')}`);
          return ((await response.json()) as { result: { data: { total: number } } }).result.data.total;
        }),
      );
      expect(totals[0]).toBeGreaterThan(0);
      expect(totals[1]).toBe(totals[0]);

      // A change written through one process reaches the other's cache over LISTEN/NOTIFY.
      const title = async (base: string) => {
        const input = encodeURIComponent('{"slug":"pagamento-tari"}');
        const response = await fetch(`${base}/trpc/catalog.service?input=${input}`);
        return ((await response.json()) as { result: { data: { title: string } } }).result.data.title;
      };
      expect(await title(bases[0]!)).not.toBe('TARI rinnovata');
      await handles[1]!.db.transaction(async (tx) => {
        await tx.execute(
          sql`update services set content = jsonb_set(content, '{it,title}', '"TARI rinnovata"') where slug = 'pagamento-tari'`,
        );
        await announceCatalogChange(tx);
      });
      await expect.poll(() => title(bases[0]!)).toBe('TARI rinnovata');
      await Promise.all(apps.map((app) => app.close()));
    } finally {
      await Promise.all(handles.map((handle) => handle.close()));
      await admin(`drop database if exists ${name} with (force)`);
    }
  });
});
