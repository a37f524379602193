import { and, asc, desc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Locale } from '../../../shared/i18n/locales';
import type { RequestDetail, RequestSummary, TimelineEntry } from '../../../shared/requests/api';
import { formatProtocolNumber } from '../../../shared/requests/protocol';
import { nextStatuses, type RequestActor } from '../../../shared/requests/status';
import type { Executor } from '../../db/client';
import { localizedText } from '../../db/localized';
import { users } from '../../db/tables/auth';
import { offices, organizations, services } from '../../db/tables/catalog';
import { requestEvents, requestForms, requestServices, requests } from '../../db/tables/requests';
import { listAttachments } from './attachments';
import { type DeadlineFacts, deadlineOf } from './deadlines';

const assignees = alias(users, 'assignees');
const applicants = alias(users, 'applicants');

/** A person as staff and citizens see them in a timeline or a queue: their name, else their email. */
export const displayName = (person: { givenName: string | null; familyName: string | null; email: string }) =>
  [person.givenName, person.familyName].filter(Boolean).join(' ') || person.email;

const recordColumns = (locale: Locale) => ({
  id: requests.id,
  userId: requests.userId,
  status: requests.status,
  formVersion: requests.formVersion,
  answers: requests.answers,
  applicant: requests.applicant,
  protocolYear: requests.protocolYear,
  protocolSequence: requests.protocolSequence,
  submittedAt: requests.submittedAt,
  decidedAt: requests.decidedAt,
  updatedAt: requests.updatedAt,
  service: { slug: services.slug, title: locale === 'it' ? services.titleIt : services.titleEn },
  office: {
    slug: offices.slug,
    name: localizedText(offices.name, locale),
    email: offices.email,
    phone: offices.phone,
    timeZone: offices.timeZone,
    patronSaint: offices.patronSaint,
  },
  organization: { slug: organizations.slug, name: localizedText(organizations.name, locale) },
  deadlineDays: requestServices.deadlineDays,
  deadlineKind: requestServices.deadlineKind,
  assignee: {
    givenName: assignees.givenName,
    familyName: assignees.familyName,
    email: assignees.email,
  },
  account: {
    givenName: applicants.givenName,
    familyName: applicants.familyName,
    email: applicants.email,
  },
});

export type RequestRecord = Awaited<ReturnType<typeof selectRequestRecords>>[number];

/** Requests with what their pages show, in one language; newest change first. */
export async function selectRequestRecords(db: Executor, where: SQL | undefined, locale: Locale) {
  const rows = await db
    .select(recordColumns(locale))
    .from(requests)
    .innerJoin(services, eq(services.id, requests.serviceId))
    .innerJoin(offices, eq(offices.id, requests.officeId))
    .innerJoin(organizations, eq(organizations.id, requests.organizationId))
    .innerJoin(requestServices, eq(requestServices.serviceId, requests.serviceId))
    .leftJoin(assignees, eq(assignees.id, requests.assigneeId))
    .leftJoin(applicants, eq(applicants.id, requests.userId))
    .where(where)
    .orderBy(desc(requests.updatedAt));
  const moves = await statusMoves(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, moves: moves.get(row.id) ?? [] }));
}

async function statusMoves(db: Executor, requestIds: string[]) {
  const byRequest = new Map<string, DeadlineFacts['moves'][number][]>();
  if (requestIds.length === 0) return byRequest;
  const rows = await db
    .select({
      requestId: requestEvents.requestId,
      at: requestEvents.createdAt,
      from: requestEvents.fromStatus,
      to: requestEvents.toStatus,
    })
    .from(requestEvents)
    .where(and(inArray(requestEvents.requestId, requestIds), isNotNull(requestEvents.toStatus)))
    .orderBy(asc(requestEvents.createdAt), asc(requestEvents.id));
  for (const { requestId, ...move } of rows) {
    const list = byRequest.get(requestId) ?? [];
    list.push(move);
    byRequest.set(requestId, list);
  }
  return byRequest;
}

export function deadlineOfRecord(record: RequestRecord, now: Date) {
  return deadlineOf(
    {
      status: record.status,
      deadline: { days: record.deadlineDays, kind: record.deadlineKind },
      submittedAt: record.submittedAt,
      decidedAt: record.decidedAt,
      office: { timeZone: record.office.timeZone, patronSaint: record.office.patronSaint },
      moves: record.moves,
    },
    now,
  );
}

export function toSummary(record: RequestRecord, now: Date): RequestSummary {
  return {
    id: record.id,
    protocolNumber:
      record.protocolYear && record.protocolSequence
        ? formatProtocolNumber(record.protocolYear, record.protocolSequence)
        : null,
    service: record.service,
    office: { slug: record.office.slug, name: record.office.name },
    status: record.status,
    submittedAt: record.submittedAt?.toISOString() ?? null,
    updatedAt: record.updatedAt.toISOString(),
    deadline: deadlineOfRecord(record, now),
  };
}

export const assigneeName = (record: RequestRecord) => (record.assignee?.email ? displayName(record.assignee) : null);

/** The applicant's name: as they submitted, else (a draft) as their account says. */
export const applicantName = (record: RequestRecord) =>
  record.applicant?.name ?? (record.account?.email ? displayName(record.account) : '');

/** Everything the request's page shows; `reader` decides which next moves are offered. */
export async function toDetail(
  db: Executor,
  record: RequestRecord,
  reader: RequestActor,
  now: Date,
): Promise<RequestDetail> {
  const [form] = await db
    .select({ definition: requestForms.definition })
    .from(requestForms)
    .innerJoin(
      requests,
      and(eq(requests.serviceId, requestForms.serviceId), eq(requests.formVersion, requestForms.version)),
    )
    .where(eq(requests.id, record.id));
  return {
    ...toSummary(record, now),
    organization: record.organization,
    officeContacts: { email: record.office.email, phone: record.office.phone },
    formVersion: record.formVersion,
    definition: form!.definition,
    answers: record.answers,
    attachments: await listAttachments(db, record.id),
    timeline: await timelineOf(db, record.id),
    nextStatuses: nextStatuses(record.status, reader),
    assignee: assigneeName(record),
  };
}

async function timelineOf(db: Executor, requestId: string): Promise<TimelineEntry[]> {
  const rows = await db
    .select({
      at: requestEvents.createdAt,
      actor: requestEvents.actorKind,
      from: requestEvents.fromStatus,
      to: requestEvents.toStatus,
      message: requestEvents.message,
      person: { givenName: users.givenName, familyName: users.familyName, email: users.email },
    })
    .from(requestEvents)
    .leftJoin(users, eq(users.id, requestEvents.actorId))
    .where(eq(requestEvents.requestId, requestId))
    .orderBy(asc(requestEvents.createdAt), asc(requestEvents.id));
  return rows.map((row) => ({
    at: row.at.toISOString(),
    actor: row.actor,
    // Staff sign what they do; the citizen's own entries need no name.
    actorName: row.actor === 'staff' && row.person?.email ? displayName(row.person) : null,
    from: row.from,
    to: row.to,
    message: row.message,
  }));
}
