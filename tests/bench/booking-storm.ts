import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { TemplateRef } from '../support/template-database';
import { benchDeployment, type Server, startServer } from './servers';

/**
 * The booking storms: attempts from many clients racing for few places, against real server processes
 * (one on PGlite, whose data belongs to one process; two sharing one PostgreSQL database), then an SQL
 * count of the slots holding more than their capacity, which must be 0. The rush storm confirms slots
 * directly (one call an attempt); the phone storm books as the app does on a phone: hold a place, then
 * confirm with the hold (two calls an attempt that gets a place).
 *
 * Storms of the same shape run one after another, each on its own slots. The first comes right after the
 * servers start, while V8 still interprets and compiles the hot paths; a storm on a deployment that has
 * been serving for a while meets compiled code, so the measured storm is the one after `warmups` such
 * storms (about ten seconds of traffic), as each throughput row follows a warm-up pass. The first storm's
 * rate is reported beside it; the overbooking count covers every storm.
 */
export type StormShape = { via: 'slot' | 'hold'; attempts: number; clients: number; slots: number; warmups: number };

/** Capacity 2: 100 slots take 200 bookings, so nine attempts in ten meet a full slot. */
export const rushStorm: StormShape = {
  via: 'slot',
  attempts: Number(process.env.BENCH_STORM_ATTEMPTS ?? 2_000),
  clients: Number(process.env.BENCH_STORM_CLIENTS ?? 50),
  slots: Number(process.env.BENCH_STORM_SLOTS ?? 100),
  warmups: Number(process.env.BENCH_STORM_WARMUPS ?? 2),
};
/** As phones book: 1,000 attempts over 20 slots of capacity 2, so 40 get a place. */
export const phoneStorm: StormShape = { via: 'hold', attempts: 1_000, clients: 50, slots: 20, warmups: 2 };

const target = { service: 'carta-di-identita-elettronica', office: 'sportello-polifunzionale' };

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Free slots for every storm, `slotCount` each: the warm-up storms' first, the measured one's last. */
async function freeSlotStarts(base: string, shape: StormShape): Promise<string[]> {
  const wanted = (shape.warmups + 1) * shape.slots;
  const input = encodeURIComponent(JSON.stringify({ ...target, from: daysFromNow(2), to: daysFromNow(60) }));
  const response = await fetch(`${base}/trpc/booking.availability?input=${input}`);
  const body = (await response.json()) as {
    result: { data: { offices: { days: { slots: { start: string; free: number }[] }[] }[] } };
  };
  const starts = body.result.data.offices[0]!.days.flatMap((day) =>
    day.slots.filter((slot) => slot.free > 0).map((slot) => slot.start),
  );
  if (starts.length < wanted) throw new Error(`only ${starts.length} free slots for the storms`);
  return starts.slice(0, wanted);
}

type Outcome = 'booked' | 'conflict' | string;

// Plain node:http with kept-alive sockets: fetch costs the load generator, which shares the machine's
// cores with the servers and PostgreSQL, several times more CPU per request.
const agent = new http.Agent({ keepAlive: true });

function post(url: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-sportello-request': '1',
          'x-locale': 'it',
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A refusal as "409 SLOT_FULL"; a full slot counts as the expected conflict. */
function refusalOf(response: { status: number; body: string }): Outcome {
  const code = (JSON.parse(response.body) as { error?: { data?: { appCode?: string } } }).error?.data?.appCode;
  return response.status === 409 && code === 'SLOT_FULL' ? 'conflict' : `${response.status} ${code}`;
}

async function attempt(base: string, via: StormShape['via'], start: string, email: string): Promise<Outcome> {
  let place: object = { kind: 'slot', ...target, start };
  if (via === 'hold') {
    const held = await post(`${base}/trpc/booking.hold`, JSON.stringify({ ...target, start }));
    if (held.status !== 200) return refusalOf(held);
    const hold = (JSON.parse(held.body) as { result: { data: { holdId: string; secret: string } } }).result.data;
    place = { kind: 'hold', holdId: hold.holdId, secret: hold.secret };
  }
  const response = await post(
    `${base}/trpc/booking.confirm`,
    JSON.stringify({
      idempotencyKey: randomUUID(),
      place,
      applicant: { givenName: 'Ada', familyName: 'Tempesta', email },
    }),
  );
  return response.status === 200 ? 'booked' : refusalOf(response);
}

/** Slots whose bookings or occupied places exceed the service's capacity there. */
const overbookingQuery = `
  select count(*)::int as overbooked from (
    select b.service_id, b.office_id, b.starts_at from bookings b
    join bookable_services s using (service_id, office_id)
    where b.status = 'confirmed'
    group by b.service_id, b.office_id, b.starts_at, s.capacity having count(*) > s.capacity
    union
    select p.service_id, p.office_id, p.starts_at from booking_places p
    join bookable_services s using (service_id, office_id)
    group by p.service_id, p.office_id, p.starts_at, s.capacity having count(*) > s.capacity
  ) as over`;
const bookedQuery = `select count(*)::int as booked from bookings where status = 'confirmed' and email like 'storm-%'`;

/** One storm: each client sends its next attempt when the last one is answered, alternating between processes. */
async function storm(servers: Server[], shape: StormShape, starts: string[], emailPrefix: string) {
  const outcomes = new Map<Outcome, number>();
  const latencies: number[] = [];
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: shape.clients }, async () => {
      for (let index = next++; index < shape.attempts; index = next++) {
        const sent = performance.now();
        const start = starts[Math.floor(Math.random() * starts.length)]!;
        const outcome = await attempt(
          servers[index % servers.length]!.url,
          shape.via,
          start,
          `${emailPrefix}-${index}@example.it`,
        );
        latencies.push(performance.now() - sent);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }),
  );
  return { outcomes, latencies, seconds: (performance.now() - began) / 1000 };
}

export async function bookingStorm(label: string, template: TemplateRef, shape: StormShape) {
  const deployment = await benchDeployment(template, 'storm');
  const databaseEnv = deployment.envs;
  const servers: Server[] = [];
  try {
    for (const env of databaseEnv) servers.push(await startServer(env));
    const starts = await freeSlotStarts(servers[0]!.url, shape);
    const slotsOf = (round: number) => starts.slice(round * shape.slots, (round + 1) * shape.slots);
    const warmupStorms = [];
    for (let round = 0; round < shape.warmups; round++)
      warmupStorms.push(await storm(servers, shape, slotsOf(round), 'warmup'));
    const { outcomes, latencies, seconds } = await storm(servers, shape, slotsOf(shape.warmups), 'storm');
    const first = warmupStorms[0] ?? { seconds };
    for (const server of servers) server.child.kill('SIGTERM');
    await Promise.all(servers.map((server) => server.exited));

    // Counted once every server has stopped: a PGlite data folder opens in one process at a time.
    const handle = await deployment.open();
    const [{ overbooked }] = (await handle.query<{ overbooked: number }>(overbookingQuery)) as [{ overbooked: number }];
    const [{ booked }] = (await handle.query<{ booked: number }>(bookedQuery)) as [{ booked: number }];
    await handle.close();

    latencies.sort((left, right) => left - right);
    const percentile = (share: number) => Math.round(latencies[Math.ceil(share * latencies.length) - 1]!);
    // Answers other than a booking or a CONFLICT are shown from every storm: a warm-up one counts as much for them.
    const others = new Map<Outcome, number>();
    for (const [outcome, count] of [...warmupStorms.flatMap((warmup) => [...warmup.outcomes]), ...outcomes])
      if (outcome !== 'booked' && outcome !== 'conflict') others.set(outcome, (others.get(outcome) ?? 0) + count);
    return {
      database: label,
      processes: servers.length,
      'attempts/s': Math.round(shape.attempts / seconds),
      'first storm after start, attempts/s': Math.round(shape.attempts / first.seconds),
      bookings: outcomes.get('booked') ?? 0,
      'bookings (SQL)': booked,
      'bookings/s': Math.round((outcomes.get('booked') ?? 0) / seconds),
      CONFLICT: outcomes.get('conflict') ?? 0,
      'other answers': [...others].map(([outcome, count]) => `${count}× ${outcome}`).join(', ') || 0,
      'p50 ms': percentile(0.5),
      'p99 ms': percentile(0.99),
      'overbooked slots': overbooked,
    };
  } finally {
    for (const server of servers) server.child.kill('SIGKILL');
    await deployment.cleanup();
  }
}
