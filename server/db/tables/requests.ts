import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { DeadlineKind } from '../../../shared/requests/api';
import type { Answers, FormDefinition } from '../../../shared/requests/form';
import type { RequestStatus } from '../../../shared/requests/status';
import { users } from './auth';
import { offices, organizations, services } from './catalog';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Every published version of a service's form; never changed once requests refer to it. */
export const requestForms = pgTable(
  'request_forms',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<FormDefinition>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.version] }),
    check('request_forms_version_check', sql`${table.version} >= 1`),
  ],
);

/** A service that takes requests online: who handles them and the legal time to decide. */
export const requestServices = pgTable(
  'request_services',
  {
    serviceId: uuid('service_id')
      .primaryKey()
      .references(() => services.id, { onDelete: 'cascade' }),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    deadlineDays: integer('deadline_days').notNull(),
    deadlineKind: text('deadline_kind').$type<DeadlineKind>().notNull(),
    /** The version new requests are filled in with; older versions stay for the requests made with them. */
    currentVersion: integer('current_version').notNull(),
  },
  (table) => [
    check('request_services_deadline_check', sql`${table.deadlineDays} between 1 and 365`),
    check('request_services_kind_check', sql`${table.deadlineKind} in ('calendar', 'working')`),
    foreignKey({
      columns: [table.serviceId, table.currentVersion],
      foreignColumns: [requestForms.serviceId, requestForms.version],
      name: 'request_services_current_form_fk',
    }),
  ],
);

/** The applicant as they were when they submitted: the record outlives later profile changes. */
export type ApplicantSnapshot = { name: string; email: string; fiscalCode: string | null; phone: string | null };

export const requests = pgTable(
  'requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id').notNull(),
    formVersion: integer('form_version').notNull(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** Set null when the account is deleted: the administrative record stays, with its applicant snapshot. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').$type<RequestStatus>().notNull().default('draft'),
    answers: jsonb('answers').$type<Answers>().notNull(),
    applicant: jsonb('applicant').$type<ApplicantSnapshot>(),
    idempotencyKey: uuid('idempotency_key'),
    protocolYear: integer('protocol_year'),
    protocolSequence: integer('protocol_sequence'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** The last day for a decision as last computed; null while suspended or before submission. */
    dueOn: date('due_on'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedWithinDeadline: boolean('decided_within_deadline'),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    foreignKey({
      columns: [table.serviceId, table.formVersion],
      foreignColumns: [requestForms.serviceId, requestForms.version],
      name: 'requests_form_fk',
    }),
    check(
      'requests_status_check',
      sql`${table.status} in ('draft', 'submitted', 'in_review', 'needs_info', 'approved', 'rejected', 'closed', 'withdrawn')`,
    ),
    // A draft has no protocol number and is always someone's; anything submitted has both number and date.
    check(
      'requests_protocol_check',
      sql`(${table.status} = 'draft') = (${table.protocolSequence} is null)
        and (${table.protocolSequence} is null) = (${table.protocolYear} is null)
        and (${table.protocolSequence} is null) = (${table.submittedAt} is null)
        and (${table.status} <> 'draft' or ${table.userId} is not null)`,
    ),
    unique('requests_protocol_key').on(table.organizationId, table.protocolYear, table.protocolSequence),
    unique('requests_idempotency_key').on(table.userId, table.idempotencyKey),
    uniqueIndex('requests_one_draft_key').on(table.userId, table.serviceId).where(sql`${table.status} = 'draft'`),
    index('requests_user_idx').on(table.userId, table.updatedAt),
    index('requests_office_queue_idx').on(table.officeId, table.status, table.dueOn),
    index('requests_stats_idx').on(table.organizationId, table.submittedAt),
  ],
);

/** The last protocol number given per organization and year; its row lock makes numbers gap-free. */
export const protocolCounters = pgTable(
  'protocol_counters',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    year: integer('year').notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (table) => [primaryKey({ columns: [table.organizationId, table.year] })],
);

export const requestActorKinds = ['citizen', 'staff', 'system'] as const;

/** The request's timeline: every status change and every message, with who and when. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    actorKind: text('actor_kind').$type<(typeof requestActorKinds)[number]>().notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    fromStatus: text('from_status').$type<RequestStatus>(),
    toStatus: text('to_status').$type<RequestStatus>(),
    message: text('message'),
    /** A citizen's answer carries its key, so a replayed answer is recorded once. */
    idempotencyKey: uuid('idempotency_key').unique(),
    createdAt: createdAt(),
  },
  (table) => [
    check('request_events_actor_check', sql`${table.actorKind} in ('citizen', 'staff', 'system')`),
    index('request_events_request_idx').on(table.requestId, table.createdAt),
  ],
);

/** Files attached to a request; the bytes live under DATA_DIR, named by their sha256. */
export const requestAttachments = pgTable(
  'request_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    /** The form field it answers; null for files sent with an answer to a request for information. */
    fieldId: text('field_id'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    check('request_attachments_size_check', sql`${table.size} > 0`),
    check('request_attachments_sha_check', sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
    index('request_attachments_request_idx').on(table.requestId),
    index('request_attachments_sha_idx').on(table.sha256),
  ],
);
