import autocannon from 'autocannon';
import { buildApp } from '../../server/app';
import { ensureClientBuilt } from '../../server/client-build';
import { homeBundleSizes, homeScriptBudget } from '../support/home-bundle';
import { createTemplate, openFreshDatabase } from '../support/template-database';
import { testConfig } from '../support/test-app';
import { bookingStorm, phoneStorm, rushStorm } from './booking-storm';
import { outboxShape, outboxThroughput } from './push-outbox';

/**
 * `npm run bench`: what the home route costs a phone to load, and what the API costs the server:
 * a bare Fastify route, a trivial tRPC query, catalog.search and 30 days of booking availability side by
 * side, then a booking storm and the push outbox's throughput against real server processes, on PGlite
 * and (with TEST_DATABASE_URL) on PostgreSQL. Measures only; nothing here passes or fails (but the storm reports any overbooking).
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const searchInput = encodeURIComponent(JSON.stringify({ q: 'carta identita', locale: 'it' }));
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const availabilityInput = encodeURIComponent(
  JSON.stringify({
    service: 'carta-di-identita-elettronica',
    office: 'sportello-polifunzionale',
    from: day(1),
    to: day(30),
  }),
);
const targets = {
  'bare Fastify route': '/bench/bare',
  'tRPC system.ping': '/trpc/system.ping',
  'tRPC catalog.search': `/trpc/catalog.search?input=${searchInput}`,
  'tRPC booking.availability, 30 days, 1 office': `/trpc/booking.availability?input=${availabilityInput}`,
};

async function measure(url: string) {
  // The load comes from a worker thread, so it does not share the server's event loop.
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1, workers: 1 });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function benchDatabase(label: string, serverUrl: string | undefined) {
  const template = await createTemplate(serverUrl);
  const rows = [];
  const storms = [];
  const phoneStorms = [];
  // The same app twice: as deployed, and with the catalog cache off to show what a cache miss costs.
  for (const catalogCacheEntries of [5_000, 0]) {
    const database = await openFreshDatabase(template.ref);
    const app = await buildApp(testConfig({ catalogCacheEntries }), { database, forceCloseConnections: true });
    app.get('/bench/bare', async () => ({ hello: 'world' }));
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const measured = catalogCacheEntries
        ? Object.entries(targets)
        : [['tRPC catalog.search, cache off', targets['tRPC catalog.search']]];
      for (const [name, path] of measured) {
        await measure(`${base}${path}`); // warm-up pass, same length, discarded
        rows.push({ database: label, target: name!, ...(await measure(`${base}${path}`)) });
      }
    } finally {
      await app.close();
      await database.close();
    }
  }
  const outboxes = [];
  try {
    storms.push(await bookingStorm(label, template.ref, rushStorm));
    phoneStorms.push(await bookingStorm(label, template.ref, phoneStorm));
    outboxes.push(await outboxThroughput(label, template.ref));
  } finally {
    await template.drop();
  }
  return { rows, storms, phoneStorms, outboxes };
}

await ensureClientBuilt();
const bundle = homeBundleSizes();
console.log('\nHome route as first loaded (gzip):');
console.table([
  { asset: 'JavaScript', kB: +(bundle.js / 1024).toFixed(1), target: `≤ ${homeScriptBudget / 1024} kB` },
  { asset: 'CSS', kB: +(bundle.css / 1024).toFixed(1), target: '' },
]);

const { rows, storms, phoneStorms, outboxes } = await benchDatabase('PGlite', undefined);
if (process.env.TEST_DATABASE_URL) {
  const postgres = await benchDatabase('PostgreSQL', process.env.TEST_DATABASE_URL);
  rows.push(...postgres.rows);
  storms.push(...postgres.storms);
  phoneStorms.push(...postgres.phoneStorms);
  outboxes.push(...postgres.outboxes);
}
console.log(`\nThroughput (${connections} connections, ${seconds}s each after a warm-up):`);
console.table(
  rows.map((row) => {
    const trivial = rows.find((other) => other.database === row.database && other.target === 'tRPC system.ping')!;
    return {
      database: row.database,
      target: row.target,
      'req/s': Math.round(row.rps),
      'p50 ms': row.p50,
      'p99 ms': row.p99,
      'vs tRPC ping': `${Math.round((row.rps / trivial.rps) * 100)} %`,
    };
  }),
);

console.log(
  `\nBooking storm, the rush (${rushStorm.attempts} confirm attempts on ${rushStorm.slots} slots of capacity 2, ` +
    `${rushStorm.clients} concurrent clients, after ${rushStorm.warmups} such storms on other slots; ` +
    'overbooked slots must be 0):',
);
console.table(storms);
console.log(
  `\nBooking storm, as phones book (${phoneStorm.attempts} attempts, each a hold then a confirmation with it, on ` +
    `${phoneStorm.slots} slots of capacity 2, ${phoneStorm.clients} concurrent clients, after ${phoneStorm.warmups} ` +
    'such storms on other slots; conflicts are full slots at hold time; overbooked slots must be 0):',
);
console.table(phoneStorms);

console.log(
  `\nPush outbox (${outboxShape.pushes} pushes: ${outboxShape.people} people × ${outboxShape.devicesEach} devices × ` +
    `${outboxShape.messagesEach} messages, to a local HTTPS push service checking VAPID and decrypting; duplicates must be 0):`,
);
console.table(outboxes);
