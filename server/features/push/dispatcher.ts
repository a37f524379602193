import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { inArray, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { PushPayload } from '../../../shared/push/api';
import {
  type DeliveryOutcome,
  maxAttempts,
  outcomeOf,
  parseRetryAfter,
  retryDelayMs,
} from '../../../shared/push/delivery';
import { type Database, type DatabaseHandle, selectRows } from '../../db/client';
import { pushSubscriptions } from '../../db/tables/push';
import { forgetDevices } from './devices';
import { outboxChannel } from './enqueue';
import type { PushAnswer, PushSender } from './sender';

type LeasedPush = {
  id: string;
  attempts: number;
  payload: PushPayload;
  ttl_seconds: number;
  urgency: 'very-low' | 'low' | 'normal' | 'high';
  topic: string | null;
  expires_at: Date | string;
  subscription_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
};

export type DispatcherOptions = {
  db: Database;
  log: FastifyBaseLogger;
  send: PushSender;
  /** Rows leased at once; their lease must outlast sending them all. */
  batchSize?: number;
  /** Pushes in flight at once from this process. */
  concurrency?: number;
  leaseMs?: number;
};

/**
 * Delivers the push outbox. Any number of processes run one each: a process leases due rows in one
 * statement (FOR UPDATE SKIP LOCKED, then a lease time written on the row), sends them with no
 * transaction open, and records each answer only while it still holds the lease. A row is therefore
 * sent by one process at a time; only a process that stalls past the lease could let another resend.
 */
export class PushDispatcher {
  /** Names this process in leases and attempts, e.g. "web-1:4242:5f1c". */
  readonly worker = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private draining: Promise<number> | undefined;
  private wokenWhileDraining = false;
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private stopped = false;

  constructor(private readonly options: DispatcherOptions) {
    this.batchSize = options.batchSize ?? 25;
    this.concurrency = options.concurrency ?? 8;
    this.leaseMs = options.leaseMs ?? 120_000;
  }

  /** Delivers everything due now, in this process; resolves with how many tries were made. Tests call it. */
  drain(now?: Date): Promise<number> {
    if (this.draining) {
      this.wokenWhileDraining = true;
      return this.draining;
    }
    const run = async () => {
      let tries = 0;
      do {
        this.wokenWhileDraining = false;
        for (;;) {
          const batch = await this.lease(now ?? new Date());
          if (batch.length === 0) break;
          tries += batch.length;
          await this.deliverAll(batch, now);
        }
      } while (this.wokenWhileDraining && !this.stopped);
      return tries;
    };
    this.draining = run().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  /**
   * Drains when any process queues a push (NOTIFY at commit), and every intervalMs for retries. An
   * interval of 0 (tests, JOBS_INTERVAL_MS=0) runs no background work at all: the caller drains.
   */
  async start(database: DatabaseHandle, intervalMs: number): Promise<void> {
    if (intervalMs <= 0) return;
    const wake = () => {
      if (!this.stopped)
        this.drain().catch((error: unknown) => this.options.log.error({ err: error }, 'push delivery failed'));
    };
    this.unlisten = await database.listen(outboxChannel, wake);
    this.timer = setInterval(wake, intervalMs).unref();
    wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.unlisten?.();
    await this.draining?.catch(() => 0);
  }

  private lease(now: Date): Promise<LeasedPush[]> {
    const at = now.toISOString();
    return selectRows<LeasedPush>(
      this.options.db,
      sql`with due as (
            select o.id from push_outbox o
            where o.status = 'pending' and o.subscription_id is not null
              and o.next_attempt_at <= ${at}::timestamptz
              and (o.leased_until is null or o.leased_until < ${at}::timestamptz)
            order by o.next_attempt_at
            limit ${this.batchSize}
            for update of o skip locked)
          update push_outbox o
          set leased_until = ${at}::timestamptz + make_interval(secs => ${this.leaseMs / 1000}),
              leased_by = ${this.worker}, attempts = o.attempts + 1
          from due, push_subscriptions d
          where o.id = due.id and d.id = o.subscription_id
          returning o.id, o.attempts, o.payload, o.ttl_seconds, o.urgency, o.topic, o.expires_at,
                    o.subscription_id, d.endpoint, d.p256dh, d.auth`,
    );
  }

  /** Sends a leased batch, a few at a time, then records every outcome together. */
  private async deliverAll(batch: LeasedPush[], fixedNow: Date | undefined) {
    const results: Attempt[] = [];
    let next = 0;
    const lane = async () => {
      while (next < batch.length) results.push(await this.deliverOne(batch[next++]!, fixedNow));
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, batch.length) }, lane));
    await this.record(results);
  }

  private async deliverOne(row: LeasedPush, fixedNow: Date | undefined): Promise<Attempt> {
    const started = Date.now();
    const expiresAt = new Date(row.expires_at);
    const before = fixedNow ?? new Date();
    if (expiresAt <= before) return { row, outcome: 'expired', answer: {}, durationMs: 0, now: before };
    const answer = await this.options.send(row, JSON.stringify(row.payload), {
      ttlSeconds: Math.min(row.ttl_seconds, Math.floor((expiresAt.getTime() - before.getTime()) / 1000)),
      urgency: row.urgency,
      topic: row.topic,
    });
    let outcome: Attempt['outcome'] = outcomeOf(answer.statusCode);
    if (outcome === 'retry' && row.attempts >= maxAttempts) outcome = 'failed';
    if (answer.error && outcome !== 'delivered') {
      this.options.log.warn({ push: row.id, attempt: row.attempts, answer: answer.error }, 'push not delivered');
    }
    return { row, outcome, answer, durationMs: Date.now() - started, now: fixedNow ?? new Date() };
  }

  /**
   * One transaction for the batch: every attempt, each row's new state (only while this process still
   * holds its lease), the devices that received, and the devices found gone with their other pushes.
   */
  private async record(attempts: Attempt[]) {
    const settled = attempts.map((attempt) => ({ ...attempt, ...settle(attempt) }));
    await this.options.db.transaction(async (tx) => {
      await tx.execute(sql`
        insert into push_attempts (outbox_id, attempt, worker, status_code, outcome, error, duration_ms)
        values ${sql.join(
          settled.map(
            ({ row, answer, recorded, durationMs }) =>
              sql`(${row.id}::uuid, ${row.attempts}, ${this.worker}, ${answer.statusCode ?? null}::int, ${recorded},
                   ${answer.error ?? null}, ${durationMs})`,
          ),
          sql`, `,
        )}`);
      await tx.execute(sql`
        update push_outbox o
        set status = v.status, leased_until = null, leased_by = null,
            next_attempt_at = v.next_attempt_at::timestamptz, delivered_at = v.delivered_at::timestamptz
        from (values ${sql.join(
          settled.map(
            ({ row, status, nextAttemptAt, now }) =>
              sql`(${row.id}::uuid, ${status}, ${nextAttemptAt.toISOString()},
                   ${status === 'delivered' ? now.toISOString() : null})`,
          ),
          sql`, `,
        )}) as v(id, status, next_attempt_at, delivered_at)
        where o.id = v.id and o.leased_by = ${this.worker}`);
      const received = settled.filter((attempt) => attempt.outcome === 'delivered');
      if (received.length > 0) {
        await tx.execute(sql`
          update push_subscriptions set last_delivered_at = now()
          where id in (${sql.join(
            received.map(({ row }) => sql`${row.subscription_id}::uuid`),
            sql`, `,
          )})`);
      }
      const gone = settled
        .filter((attempt) => attempt.outcome === 'gone')
        .map((attempt) => attempt.row.subscription_id);
      if (gone.length > 0) await forgetDevices(tx, inArray(pushSubscriptions.id, gone));
    });
  }
}

type Attempt = {
  row: LeasedPush;
  outcome: DeliveryOutcome | 'expired';
  answer: PushAnswer;
  durationMs: number;
  now: Date;
};

/** The row's next state after an attempt: a retry that would land after the message's TTL is expired. */
function settle({ row, outcome, answer, now }: Attempt) {
  const nextAttemptAt = new Date(now.getTime() + retryDelayMs(row.attempts, parseRetryAfter(answer.retryAfter, now)));
  if (outcome !== 'retry') return { status: outcome, recorded: outcome, nextAttemptAt: now };
  const inTime = nextAttemptAt < new Date(row.expires_at);
  return inTime
    ? { status: 'pending' as const, recorded: outcome, nextAttemptAt }
    : { status: 'expired' as const, recorded: 'expired' as const, nextAttemptAt: now };
}
