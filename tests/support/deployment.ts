import type { TRPCClientError } from '@trpc/client';
import pg from 'pg';
import { inject } from 'vitest';
import type { BuildOptions } from '../../server/app';
import { openDatabase } from '../../server/db/client';
import type { AppRouter } from '../../server/router';
import { withDatabase } from './template-database';
import { failureOf, startTestApp, type TestApp } from './test-app';

/** Several app instances on one database, as the server processes of one deployment share it. */
export type Deployment = { apps: TestApp[]; close(): Promise<void> };

async function admin(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

/**
 * On PostgreSQL (TEST_DATABASE_URL): two instances on one fresh database copied from the template. On
 * PGlite, whose data belongs to a single process, one instance: its concurrency is that of one process.
 */
export async function startDeployment(options: { build?: BuildOptions } = {}): Promise<Deployment> {
  const template = inject('databaseTemplate');
  if (template.kind !== 'postgres') {
    const app = await startTestApp(options);
    return { apps: [app], close: () => app.close() };
  }
  const name = `sportello_pair_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await admin(template.serverUrl, `create database ${name} template ${template.name}`);
  const url = withDatabase(template.serverUrl, name);
  const apps: TestApp[] = [];
  try {
    for (let index = 0; index < 2; index++)
      apps.push(await startTestApp({ ...options, database: await openDatabase({ url }) }));
  } catch (error) {
    await Promise.all(apps.map((app) => app.close()));
    await admin(template.serverUrl, `drop database if exists ${name} with (force)`);
    throw error;
  }
  return {
    apps,
    async close() {
      await Promise.all(apps.map((app) => app.close()));
      await admin(template.serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Booking places and confirmed bookings at one slot, read straight from the database. */
export async function slotRows(app: TestApp, target: { service: string; office: string }, start: string) {
  const [row] = await app.database.query<{ places: number; holds: number; bookings: number }>(
    `select
       (select count(*)::int from booking_places p where p.service_id = s.id and p.office_id = o.id
          and p.starts_at = $3) as places,
       (select count(*)::int from booking_places p where p.service_id = s.id and p.office_id = o.id
          and p.starts_at = $3 and p.booking_id is null) as holds,
       (select count(*)::int from bookings b where b.service_id = s.id and b.office_id = o.id
          and b.starts_at = $3 and b.status = 'confirmed') as bookings
     from services s, offices o where s.slug = $1 and o.slug = $2`,
    [target.service, target.office, start],
  );
  return row!;
}

/** Starts every call at once; each ends as its value or as the tRPC error it failed with. */
export function settle<T>(calls: Promise<T>[]) {
  return Promise.all(
    calls.map((call) =>
      call.then(
        (value) => ({ value, error: undefined }),
        async () => ({ value: undefined, error: await failureOf(call) }),
      ),
    ),
  );
}

/** How many failures of each kind, as "APP_CODE status": one line to compare, whatever the order. */
export function tally(errors: (TRPCClientError<AppRouter> | undefined)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const error of errors) {
    if (!error) continue;
    const key = `${error.data?.appCode} ${error.data?.httpStatus}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
