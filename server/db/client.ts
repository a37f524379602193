import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { type NotificationHandler, PostgresListener, type Unlisten } from './notifications';
import { prepareStatements } from './prepared-statements';
import * as schema from './schema';

export type Schema = typeof schema;
/** The drizzle database, whichever driver is underneath; service functions take this (or a transaction). */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** Runs plain SQL outside drizzle (migrations lock, health checks). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn while holding a database-wide lock, so concurrent processes take turns (migrations, seeding). */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Hears events sent with notifyChannel by any process on this database. */
  listen(channel: string, handler: NotificationHandler): Promise<Unlisten>;
  close(): Promise<void>;
};

/** Arbitrary constant naming Sportello's start-up lock among advisory locks. */
const startupLockKey = 7_411_020_301;

/** Extensions the migrations create; PGlite must be handed them at start. */
export const pgliteExtensions = { unaccent, pg_trgm, btree_gist };

export type DatabaseOptions =
  | { url: string; poolSize?: number; onIdleError?: (error: Error) => void }
  | { dataDir: string }
  | { pglite: PGlite };

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if ('url' in options) return openPostgres(options);
  if ('dataDir' in options) {
    mkdirSync(options.dataDir, { recursive: true });
    return wrapPglite(await PGlite.create(`${options.dataDir}/pglite`, { extensions: pgliteExtensions }));
  }
  return wrapPglite(options.pglite);
}

function wrapPglite(client: PGlite): DatabaseHandle {
  return {
    db: drizzlePglite(client, { schema }) as unknown as Database,
    driver: 'pglite',
    query: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
    // One PGlite data folder belongs to one process, so there is nobody to take turns with.
    exclusive: (fn) => fn(),
    listen: (channel, handler) => client.listen(channel, handler),
    close: () => client.close(),
  };
}

async function openPostgres(options: { url: string; poolSize?: number; onIdleError?: (error: Error) => void }) {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
  });
  // An idle client that loses its server must not crash the process; the next query reports it too.
  pool.on('error', (error) => options.onIdleError?.(error));
  pool.on('connect', prepareStatements);
  const probe = await pool.connect();
  probe.release();
  const listener = new PostgresListener(options.url, (error) => options.onIdleError?.(error));
  const handle: DatabaseHandle = {
    db: drizzlePg(pool, { schema }) as unknown as Database,
    driver: 'postgres',
    query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    exclusive: async (fn) => {
      const lockHolder = await pool.connect();
      try {
        await lockHolder.query('select pg_advisory_lock($1)', [startupLockKey]);
        return await fn();
      } finally {
        await lockHolder.query('select pg_advisory_unlock($1)', [startupLockKey]).catch(() => {});
        lockHolder.release();
      }
    },
    listen: (channel, handler) => listener.listen(channel, handler),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
  return handle;
}

/** Rows of a raw SQL query: node-postgres and PGlite both answer with { rows }. */
export async function selectRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
