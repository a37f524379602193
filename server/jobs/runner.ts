import { eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Transaction } from '../db/client';
import { jobs } from '../db/tables/jobs';
import type { Mailer, OutgoingMail } from '../mail/mailer';
import { finishJob, type LeasedJob, leaseDueJobs } from './queue';

/** Does one job inside the leasing transaction; may return a mail to send once that transaction commits. */
export type JobHandler = (tx: Transaction, job: LeasedJob, now: Date) => Promise<OutgoingMail | undefined>;

/** Periodic work that is not a job row, e.g. passing on lapsed waitlist offers. */
export type Sweep = (now: Date) => Promise<void>;

export interface JobRunner {
  /** Runs every due job and sweep once; returns how many jobs were done. Tests call it directly. */
  runDue(now?: Date): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

const retryDelayMs = (attempts: number) => Math.min(3_600_000, 60_000 * 2 ** attempts);

export function createJobRunner(deps: {
  db: Database;
  log: FastifyBaseLogger;
  mailer: Mailer;
  handlers: Record<string, JobHandler>;
  sweeps: Sweep[];
  intervalMs: number;
}): JobRunner {
  const kinds = Object.keys(deps.handlers);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  /** One job per transaction: a failing job rolls back alone and is retried later with backoff. */
  async function runOne(now: Date): Promise<boolean> {
    let failed: LeasedJob | undefined;
    try {
      const outcome = await deps.db.transaction(async (tx) => {
        const [job] = await leaseDueJobs(tx, { now, limit: 1, kinds });
        if (!job) return undefined;
        failed = job;
        const mail = await deps.handlers[job.kind]!(tx, job, now);
        await finishJob(tx, job.id);
        return { mail };
      });
      if (!outcome) return false;
      if (outcome.mail) {
        await deps.mailer
          .send(outcome.mail)
          .catch((error: unknown) => deps.log.warn({ err: error }, 'job mail not sent'));
      }
      return true;
    } catch (error) {
      if (!failed) throw error;
      deps.log.error({ err: error, job: failed.id, kind: failed.kind }, 'job failed');
      await deps.db
        .update(jobs)
        .set({
          attempts: sql`${jobs.attempts} + 1`,
          lastError: String(error),
          runAt: new Date(now.getTime() + retryDelayMs(failed.attempts)),
        })
        .where(eq(jobs.id, failed.id));
      return true;
    }
  }

  async function runDue(now = new Date()): Promise<number> {
    for (const sweep of deps.sweeps) await sweep(now);
    let done = 0;
    while (await runOne(now)) done++;
    return done;
  }

  const tick = () => {
    running ??= runDue()
      .catch((error: unknown) => {
        deps.log.error({ err: error }, 'job run failed');
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
  };

  return {
    runDue,
    start() {
      if (deps.intervalMs > 0 && !timer) timer = setInterval(tick, deps.intervalMs).unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
