import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Executor, selectRows, type Transaction } from '../db/client';
import { jobs } from '../db/tables/jobs';

export interface JobRequest {
  kind: string;
  key: string;
  runAt: Date;
  payload?: Record<string, unknown>;
}

/** Plans a job, or moves the pending one of the same kind and key (a rescheduled booking's reminder). */
export async function scheduleJob(db: Executor, job: JobRequest): Promise<void> {
  const values = { ...job, payload: job.payload ?? {} };
  await db
    .insert(jobs)
    .values(values)
    .onConflictDoUpdate({
      target: [jobs.kind, jobs.key],
      set: { runAt: values.runAt, payload: values.payload, doneAt: null, attempts: 0, lastError: null },
    });
}

/** Drops a job that has not run yet. */
export async function cancelJob(db: Executor, kind: string, key: string): Promise<void> {
  await db.delete(jobs).where(and(eq(jobs.kind, kind), eq(jobs.key, key), isNull(jobs.doneAt)));
}

export interface LeasedJob {
  id: string;
  kind: string;
  key: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/**
 * Locks up to `limit` due jobs for the current transaction. SKIP LOCKED lets every process lease at once
 * without waiting on, or ever seeing, rows another process holds; the job is marked done in the same
 * transaction as its effect, so a job's effect happens once even when processes race.
 */
export async function leaseDueJobs(tx: Transaction, options: { now: Date; limit: number; kinds: string[] }) {
  return selectRows<LeasedJob>(
    tx,
    sql`select id, kind, key, payload, attempts from jobs
        where done_at is null and run_at <= ${options.now.toISOString()}::timestamptz
          and kind in (${sql.join(
            options.kinds.map((kind) => sql`${kind}`),
            sql`, `,
          )})
        order by run_at
        limit ${options.limit}
        for update skip locked`,
  );
}

export async function finishJob(tx: Transaction, id: string): Promise<void> {
  await tx
    .update(jobs)
    .set({ doneAt: new Date(), attempts: sql`${jobs.attempts} + 1` })
    .where(eq(jobs.id, id));
}
