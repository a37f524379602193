import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { DatabaseHandle, Schema } from './client';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Applies the committed drizzle migrations; safe when several processes start at once. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  await handle.exclusive(async () => {
    if (handle.driver === 'pglite') {
      await migratePglite(handle.db as unknown as PgliteDatabase<Schema>, { migrationsFolder });
    } else {
      await migratePg(handle.db as unknown as NodePgDatabase<Schema>, { migrationsFolder });
    }
  });
}

const expectedMigrations: number = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')).entries
  .length;

/** True when every committed migration has been applied to this database. */
export async function migrationsApplied(handle: DatabaseHandle): Promise<boolean> {
  const rows = await handle.query<{ applied: number }>(
    `select count(*)::int as applied from drizzle.__drizzle_migrations`,
  );
  return (rows[0]?.applied ?? 0) >= expectedMigrations;
}
