import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * Background work any server process may do: a process leases due rows with FOR UPDATE SKIP LOCKED, so
 * two processes never take the same job. `key` makes a job unique per kind (e.g. the booking it reminds).
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('jobs_kind_key').on(table.kind, table.key),
    check('jobs_attempts_check', sql`${table.attempts} >= 0`),
    index('jobs_due_idx').on(table.runAt).where(sql`${table.doneAt} is null`),
  ],
);
