import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type DatabaseHandle, openDatabase, pgliteExtensions } from '../../server/db/client';
import { migrateDatabase } from '../../server/db/migrate';
import { loadDemoData } from '../../server/demo/load-demo';

/**
 * Every API test file gets its own database, copied from one migrated and seeded template: a PGlite
 * data-folder dump, or a PostgreSQL template database when TEST_DATABASE_URL is set.
 */
export type TemplateRef = { kind: 'pglite'; dumpPath: string } | { kind: 'postgres'; serverUrl: string; name: string };

async function prepare(handle: DatabaseHandle) {
  await migrateDatabase(handle);
  await loadDemoData(handle);
}

export async function createTemplate(
  serverUrl: string | undefined,
): Promise<{ ref: TemplateRef; drop(): Promise<void> }> {
  if (!serverUrl) {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    await prepare(await openDatabase({ pglite: client }));
    const dump = await client.dumpDataDir('none');
    await client.close();
    const folder = mkdtempSync(join(tmpdir(), 'sportello-template-'));
    const dumpPath = join(folder, 'template.tar');
    writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
    return { ref: { kind: 'pglite', dumpPath }, drop: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  const name = `sportello_template_${process.pid}`;
  await adminQuery(serverUrl, `drop database if exists ${name}`);
  await adminQuery(serverUrl, `create database ${name}`);
  const handle = await openDatabase({ url: withDatabase(serverUrl, name), poolSize: 2 });
  await prepare(handle);
  await handle.close();
  return {
    ref: { kind: 'postgres', serverUrl, name },
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

/** A fresh database copied from the template, dropped again by close(). */
export async function openFreshDatabase(ref: TemplateRef): Promise<DatabaseHandle> {
  if (ref.kind === 'pglite') {
    const loadDataDir = new Blob([readFileSync(ref.dumpPath)]);
    return openDatabase({ pglite: await PGlite.create({ loadDataDir, extensions: pgliteExtensions }) });
  }
  const name = `sportello_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(ref.serverUrl, `create database ${name} template ${ref.name}`);
  const handle = await openDatabase({ url: withDatabase(ref.serverUrl, name) });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(ref.serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
