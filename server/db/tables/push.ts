import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PushPayload } from '../../../shared/push/api';
import { pushTopics } from '../../../shared/push/topics';
import { sessions, users } from './auth';
import { services } from './catalog';
import { inboxMessages } from './inbox';

const at = (name: string) => timestamp(name, { withTimezone: true });
const inList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/**
 * A browser that agreed to receive notifications: one row per device. An endpoint belongs to one person
 * at a time; subscribing it again (another person signs in on the same phone) moves it.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull().unique(),
    /** The browser's P-256 public key and auth secret (base64url), which encrypt every payload to it. */
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    deviceName: text('device_name').notNull(),
    /**
     * The sign-in session that turned push on here: signing out of it removes the device (a shared or
     * returned phone stops showing the person's messages). A session that merely lapses leaves it.
     */
    sessionId: text('session_id').references(() => sessions.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    lastDeliveredAt: at('last_delivered_at'),
  },
  (table) => [
    check(
      'push_subscriptions_endpoint_check',
      sql`${table.endpoint} like 'https://%' and length(${table.endpoint}) <= 2048`,
    ),
    index('push_subscriptions_user_idx').on(table.userId),
  ],
);

/** A person's choice for one topic, on every device. No row: on. */
export const pushTopicSettings = pgTable(
  'push_topic_settings',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    topic: text('topic').notNull(),
    enabled: boolean('enabled').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.topic] }),
    check('push_topic_settings_topic_check', sql`${table.topic} in (${inList(pushTopics)})`),
  ],
);

/** A person's choice for one service, whatever the topic. No row: on. */
export const pushServiceSettings = pgTable(
  'push_service_settings',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    enabled: boolean('enabled').notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.serviceId] })],
);

export const outboxStatuses = ['pending', 'delivered', 'gone', 'failed', 'expired'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];
export const attemptOutcomes = ['delivered', 'retry', 'gone', 'failed', 'expired'] as const;
export type AttemptOutcome = (typeof attemptOutcomes)[number];

/**
 * One inbox message to one device. Written in the transaction that writes the message, delivered after
 * by whichever process leases it first (FOR UPDATE SKIP LOCKED, then a lease time), so a push service
 * that is down never holds up the request that caused the message.
 */
export const pushOutbox = pgTable(
  'push_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => inboxMessages.id, { onDelete: 'cascade' }),
    /** Null once the device is removed: the row stays as the record of what was tried. */
    subscriptionId: uuid('subscription_id').references(() => pushSubscriptions.id, { onDelete: 'set null' }),
    payload: jsonb('payload').$type<PushPayload>().notNull(),
    ttlSeconds: integer('ttl_seconds').notNull(),
    urgency: text('urgency').$type<'low' | 'normal' | 'high'>().notNull(),
    /** RFC 8030 Topic: a newer message on the same topic replaces an undelivered older one at the push service. */
    topic: text('topic'),
    status: text('status').$type<OutboxStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    leasedUntil: at('leased_until'),
    leasedBy: text('leased_by'),
    /** After this the message means nothing any more (its TTL from creation): it is not sent. */
    expiresAt: at('expires_at').notNull(),
    deliveredAt: at('delivered_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (table) => [
    unique('push_outbox_message_device').on(table.messageId, table.subscriptionId),
    check('push_outbox_status_check', sql`${table.status} in (${inList(outboxStatuses)})`),
    check('push_outbox_urgency_check', sql`${table.urgency} in ('very-low', 'low', 'normal', 'high')`),
    check('push_outbox_ttl_check', sql`${table.ttlSeconds} >= 0`),
    check('push_outbox_attempts_check', sql`${table.attempts} >= 0`),
    check('push_outbox_delivered_check', sql`(${table.status} = 'delivered') = (${table.deliveredAt} is not null)`),
    index('push_outbox_due_idx').on(table.nextAttemptAt).where(sql`${table.status} = 'pending'`),
    // Removing a device finds its rows (and the foreign key's ON DELETE SET NULL does too).
    index('push_outbox_subscription_idx').on(table.subscriptionId),
  ],
);

/** Every try at delivering an outbox row, with what the push service answered. */
export const pushAttempts = pgTable(
  'push_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    outboxId: uuid('outbox_id')
      .notNull()
      .references(() => pushOutbox.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    /** Which server process tried: the lease holder. */
    worker: text('worker').notNull(),
    at: at('at').notNull().defaultNow(),
    statusCode: integer('status_code'),
    outcome: text('outcome').$type<AttemptOutcome>().notNull(),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (table) => [
    unique('push_attempts_outbox_attempt').on(table.outboxId, table.attempt),
    check('push_attempts_outcome_check', sql`${table.outcome} in (${inList(attemptOutcomes)})`),
  ],
);
