import { z } from 'zod';
import { IdempotencyKeySchema } from '../booking/api';
import { LocalDateSchema } from '../booking/schedule';
import { slug } from '../catalog/content';
import { multiLineText } from '../text';
import { AnswersInputSchema, AnswersSchema, FormDefinitionSchema } from './form';
import { requestActors, requestStatuses } from './status';

/** Inputs and outputs of requests.* and desk.requests.*: the public contract of requests ("pratiche"). */

export const RequestStatusSchema = z.enum(requestStatuses);
export const RequestActorSchema = z.enum([...requestActors, 'system']);
export const deadlineKinds = ['calendar', 'working'] as const;
export const DeadlineKindSchema = z.enum(deadlineKinds);
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;

/** A request's protocol number as people read it: year / six digits, e.g. 2026/000123. */
export const ProtocolNumberSchema = z.string().regex(/^\d{4}\/\d{6,}$/);

/** Every service with an online form gets these. */
export const RequestFormInput = z.object({ service: slug });
export const RequestFormOutput = z.object({
  service: z.object({ slug: z.string(), title: z.string() }),
  organization: z.object({ slug: z.string(), name: z.string() }),
  office: z.object({ slug: z.string(), name: z.string() }),
  version: z.int(),
  definition: FormDefinitionSchema,
  deadline: z.object({ days: z.int(), kind: DeadlineKindSchema }),
  limits: z.object({ fileBytes: z.int(), requestBytes: z.int(), mediaTypes: z.array(z.string()) }),
});
export type RequestFormOutput = z.infer<typeof RequestFormOutput>;

export const RequestId = z.object({ id: z.uuid() });

/** Versions count from 1 in a PostgreSQL integer column: a bigger number is no version, not a 500. */
const FormVersion = z.int().min(1).max(2_147_483_647);

export const SaveDraftInput = z.object({
  service: slug,
  formVersion: FormVersion,
  answers: AnswersInputSchema,
});
export const DraftView = z.object({
  id: z.uuid(),
  service: z.string(),
  formVersion: z.int(),
  answers: AnswersSchema,
  updatedAt: z.string(),
});
export type DraftView = z.infer<typeof DraftView>;

export const SubmitInput = z.object({
  idempotencyKey: IdempotencyKeySchema,
  service: slug,
  formVersion: FormVersion,
  answers: AnswersInputSchema,
});
export type SubmitInput = z.infer<typeof SubmitInput>;

const MessageText = multiLineText({ min: 1, max: 4000 });

/** The citizen answers a request for information: a message and optionally more attachments. */
export const AnswerInfoInput = RequestId.extend({
  idempotencyKey: IdempotencyKeySchema,
  message: MessageText,
  attachmentIds: z.array(z.uuid()).max(10).default([]),
});
export const WithdrawInput = RequestId.extend({ message: MessageText.optional() });

export const DeadlineView = z.object({
  days: z.int(),
  kind: DeadlineKindSchema,
  /** The last day for a decision; null while the term is suspended (needs_info). */
  dueDate: LocalDateSchema.nullable(),
  /** Counting days left (negative when overdue); the term stands still while suspended. */
  remainingDays: z.int(),
  state: z.enum(['on_time', 'due_soon', 'overdue', 'paused', 'met', 'missed']),
});
export type DeadlineView = z.infer<typeof DeadlineView>;

export const AttachmentView = z.object({
  id: z.uuid(),
  fieldId: z.string().nullable(),
  name: z.string(),
  mediaType: z.string(),
  size: z.int(),
  sha256: z.string(),
  url: z.string(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;

export const TimelineEntry = z.object({
  at: z.string(),
  actor: RequestActorSchema,
  /** Staff member's display name; citizens see the office rather than a person when none is given. */
  actorName: z.string().nullable(),
  from: RequestStatusSchema.nullable(),
  to: RequestStatusSchema.nullable(),
  message: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const RequestSummary = z.object({
  id: z.uuid(),
  protocolNumber: z.string().nullable(),
  service: z.object({ slug: z.string(), title: z.string() }),
  office: z.object({ slug: z.string(), name: z.string() }),
  status: RequestStatusSchema,
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  deadline: DeadlineView.nullable(),
});
export type RequestSummary = z.infer<typeof RequestSummary>;

export const RequestDetail = RequestSummary.extend({
  organization: z.object({ slug: z.string(), name: z.string() }),
  officeContacts: z.object({ email: z.string(), phone: z.string() }),
  formVersion: z.int(),
  definition: FormDefinitionSchema,
  answers: AnswersSchema,
  attachments: z.array(AttachmentView),
  timeline: z.array(TimelineEntry),
  /** What the person reading may do next (the citizen's or the staff member's moves). */
  nextStatuses: z.array(RequestStatusSchema),
  assignee: z.string().nullable(),
});
export type RequestDetail = z.infer<typeof RequestDetail>;

export const StaffRequestDetail = RequestDetail.extend({
  applicant: z.object({
    name: z.string(),
    email: z.string(),
    fiscalCode: z.string().nullable(),
    phone: z.string().nullable(),
  }),
});
export type StaffRequestDetail = z.infer<typeof StaffRequestDetail>;

export const queueSorts = ['deadline', 'submitted'] as const;
export const QueueInput = z.object({
  office: slug,
  service: slug.optional(),
  status: RequestStatusSchema.exclude(['draft']).optional(),
  /** Decided, closed and withdrawn requests are left out unless asked for by status. */
  sort: z.enum(queueSorts).default('deadline'),
});
export const QueueItem = RequestSummary.extend({
  applicantName: z.string(),
  assignee: z.string().nullable(),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const StaffRequestRef = z.object({ office: slug, id: z.uuid() });
export const MoveInput = StaffRequestRef.extend({
  to: RequestStatusSchema.exclude(['draft']),
  message: MessageText.optional(),
});

/** Response-time transparency, over a window of days ending today. */
export const StatsInput = z.object({ organization: slug, service: slug.optional() });
export const ServiceStats = z.object({
  received: z.int(),
  decided: z.int(),
  /** Days from submission to decision; null when nothing was decided in the window. */
  medianDays: z.number().nullable(),
  p90Days: z.number().nullable(),
  /** Share of decisions taken within the legal deadline, 0..1; null when nothing was decided. */
  withinDeadline: z.number().nullable(),
});
export type ServiceStats = z.infer<typeof ServiceStats>;
export const StatsOutput = z.object({
  organization: z.object({ slug: z.string(), name: z.string() }),
  windowDays: z.int(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  total: ServiceStats,
  services: z.array(
    ServiceStats.extend({
      slug: z.string(),
      title: z.string(),
      deadline: z.object({ days: z.int(), kind: DeadlineKindSchema }),
    }),
  ),
});
export type StatsOutput = z.infer<typeof StatsOutput>;

/** The columns of /opendata/requests-stats.csv, in order; the JSON records have the same fields. */
export const openDataColumns = [
  'organization',
  'service',
  'service_title',
  'window_from',
  'window_to',
  'received',
  'decided',
  'median_days',
  'p90_days',
  'within_deadline_share',
  'deadline_days',
  'deadline_kind',
] as const;
export type OpenDataColumn = (typeof openDataColumns)[number];
