import { pushSubscriptions } from '../../server/db/tables/push';
import { deliverMessage } from '../../server/features/inbox/deliver';
import { startPushService } from '../support/push-service';
import type { TemplateRef } from '../support/template-database';
import { benchDeployment, type Server, startServer } from './servers';

/**
 * Outbox throughput: pushes delivered per second by real server processes to the local HTTPS push
 * service (which checks every VAPID signature and decrypts every payload), and how many arrived twice,
 * which must be 0. One process on PGlite, two sharing one PostgreSQL database.
 */
const people = Number(process.env.BENCH_PUSH_PEOPLE ?? 500);
const devicesEach = 2;
const messagesEach = 2;
export const outboxShape = { people, devicesEach, messagesEach, pushes: people * devicesEach * messagesEach };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function outboxThroughput(label: string, template: TemplateRef) {
  const pushService = await startPushService();
  const deployment = await benchDeployment(template, 'outbox');
  const servers: Server[] = [];
  try {
    const handle = await deployment.open();
    const users = await handle.query<{ id: string }>(
      `insert into users (email, locale) select 'push-' || n || '@example.it', 'it' from generate_series(1, $1) n
       returning id`,
      [people],
    );
    const devices = users.flatMap((user) =>
      Array.from({ length: devicesEach }, () => {
        const device = pushService.device();
        return { userId: user.id, endpoint: device.endpoint, ...device.keys, deviceName: 'Bench' };
      }),
    );
    await handle.db.insert(pushSubscriptions).values(devices);
    // One transaction: its commit queues every push at once and its NOTIFY wakes every process together.
    const enqueue = () =>
      handle.db.transaction(async (tx) => {
        for (const user of users) {
          for (let index = 0; index < messagesEach; index++) {
            await deliverMessage(tx, {
              userId: user.id,
              kind: 'request-status',
              title: { it: 'Pratica aggiornata', en: 'Request updated' },
              body: { it: `Aggiornamento ${index + 1} della tua pratica.`, en: `Update ${index + 1}.` },
              link: `/pratiche/${user.id}`,
            });
          }
        }
      });
    const env = { NODE_EXTRA_CA_CERTS: pushService.caFile, JOBS_INTERVAL_MS: '1000' };
    if (template.kind === 'pglite') {
      // PGlite's data folder opens in one process at a time: queue first, then start the server.
      await enqueue();
      await handle.close();
      for (const databaseEnv of deployment.envs) servers.push(await startServer({ ...databaseEnv, ...env }));
    } else {
      for (const databaseEnv of deployment.envs) servers.push(await startServer({ ...databaseEnv, ...env }));
      await enqueue();
      await handle.close();
    }

    let first: number | undefined;
    const deadline = performance.now() + 300_000;
    while (pushService.received.length < outboxShape.pushes && performance.now() < deadline) {
      if (first === undefined && pushService.received.length > 0) first = performance.now();
      await sleep(10);
    }
    const last = performance.now();
    // A late duplicate would come from a lease running out: wait longer than a retry round.
    await sleep(2_000);
    for (const server of servers) server.child.kill('SIGTERM');
    await Promise.all(servers.map((server) => server.exited));

    const keys = pushService.received.map(
      (push) => `${push.deviceId}/${(push.payload as { messageId: string }).messageId}`,
    );
    const check = await deployment.open();
    const [attempts] = await check.query<{ delivered: number; other: number; workers: number }>(
      `select count(*) filter (where outcome = 'delivered')::int as delivered,
              count(*) filter (where outcome <> 'delivered')::int as other,
              count(distinct worker)::int as workers
       from push_attempts`,
    );
    await check.close();
    const seconds = (last - (first ?? last)) / 1000;
    return {
      database: label,
      processes: servers.length,
      'processes that delivered': attempts!.workers,
      pushes: outboxShape.pushes,
      received: keys.length,
      'pushes/s': seconds > 0 ? Math.round(keys.length / seconds) : 0,
      'not delivered (attempts)': attempts!.other,
      refused: pushService.rejected.length,
      duplicates: keys.length - new Set(keys).size,
    };
  } finally {
    for (const server of servers) server.child.kill('SIGKILL');
    await pushService.close();
    await deployment.cleanup();
  }
}
