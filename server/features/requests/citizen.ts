import { and, eq } from 'drizzle-orm';
import type { Locale } from '../../../shared/i18n/locales';
import type { RequestDetail, RequestSummary } from '../../../shared/requests/api';
import type { Database, Executor } from '../../db/client';
import { requests } from '../../db/tables/requests';
import { AppError } from '../../errors/app-error';
import { attachmentsOfRequest } from './attachments';
import { moveRequest } from './transitions';
import { selectRequestRecords, toDetail, toSummary } from './views';

/** "Le mie pratiche": the person's requests, drafts included, most recently changed first. */
export async function listMyRequests(
  db: Executor,
  userId: string,
  locale: Locale,
  now: Date,
): Promise<RequestSummary[]> {
  const records = await selectRequestRecords(db, eq(requests.userId, userId), locale);
  return records.map((record) => toSummary(record, now));
}

/** One of the person's requests; another person's answers exactly as one that does not exist. */
export async function getMyRequest(
  db: Executor,
  userId: string,
  requestId: string,
  locale: Locale,
  now: Date,
): Promise<RequestDetail> {
  const [record] = await selectRequestRecords(db, and(eq(requests.id, requestId), eq(requests.userId, userId)), locale);
  if (!record) throw new AppError('REQUEST_NOT_FOUND');
  return toDetail(db, record, 'citizen', now);
}

/**
 * The citizen answers a request for information: their message, and files they uploaded to the request
 * meanwhile; the request goes back to the office and the legal term starts running again.
 */
export async function answerRequest(
  db: Database,
  userId: string,
  input: { id: string; idempotencyKey: string; message: string; attachmentIds: readonly string[] },
  now: Date,
): Promise<void> {
  const found = await attachmentsOfRequest(db, input.id, input.attachmentIds);
  if (found.length !== input.attachmentIds.length || found.some((attachment) => attachment.fieldId !== null)) {
    throw new AppError('ATTACHMENT_NOT_FOUND');
  }
  await moveRequest(
    db,
    { kind: 'citizen', userId },
    { requestId: input.id, to: 'in_review', message: input.message, idempotencyKey: input.idempotencyKey },
    now,
  );
}

export async function withdrawRequest(
  db: Database,
  userId: string,
  input: { id: string; message?: string | undefined },
  now: Date,
): Promise<void> {
  await moveRequest(
    db,
    { kind: 'citizen', userId },
    { requestId: input.id, to: 'withdrawn', message: input.message },
    now,
  );
}

/** The person's requests as stored, answers and dates included, for their data export. */
export async function exportRequests(db: Executor, userId: string) {
  const records = await selectRequestRecords(db, eq(requests.userId, userId), 'it');
  return records.map((record) => ({
    id: record.id,
    service: record.service.slug,
    status: record.status,
    protocolNumber: toSummary(record, new Date()).protocolNumber,
    formVersion: record.formVersion,
    answers: record.answers,
    submittedAt: record.submittedAt?.toISOString() ?? null,
    decidedAt: record.decidedAt?.toISOString() ?? null,
  }));
}
