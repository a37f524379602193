import { and, eq, sql } from 'drizzle-orm';
import type { Locale } from '../../../shared/i18n/locales';
import type { DraftView } from '../../../shared/requests/api';
import type { Answers } from '../../../shared/requests/form';
import type { Executor } from '../../db/client';
import { services } from '../../db/tables/catalog';
import { requests } from '../../db/tables/requests';
import { AppError } from '../../errors/app-error';
import { loadFormVersion, loadRequestService } from './forms';

const draftColumns = {
  id: requests.id,
  service: services.slug,
  formVersion: requests.formVersion,
  answers: requests.answers,
  updatedAt: requests.updatedAt,
};

const toDraftView = (row: { updatedAt: Date } & Omit<DraftView, 'updatedAt'>): DraftView => ({
  ...row,
  updatedAt: row.updatedAt.toISOString(),
});

/** The person's unfinished form for a service, or null: one draft per person and service. */
export async function getDraft(db: Executor, userId: string, serviceSlug: string): Promise<DraftView | null> {
  const [row] = await db
    .select(draftColumns)
    .from(requests)
    .innerJoin(services, eq(services.id, requests.serviceId))
    .where(and(eq(requests.userId, userId), eq(services.slug, serviceSlug), eq(requests.status, 'draft')));
  return row ? toDraftView(row) : null;
}

/**
 * Keeps the answers given so far, as they are: they are checked page by page in the client and in full at
 * submission. Saving again replaces them (the draft is unique per person and service in the database).
 */
export async function saveDraft(
  db: Executor,
  userId: string,
  input: { service: string; formVersion: number; answers: Answers },
  locale: Locale,
): Promise<DraftView> {
  const service = await loadRequestService(db, input.service, locale);
  await loadFormVersion(db, service.serviceId, input.formVersion);
  const [row] = await db
    .insert(requests)
    .values({
      serviceId: service.serviceId,
      formVersion: input.formVersion,
      officeId: service.officeId,
      organizationId: service.organizationId,
      userId,
      answers: input.answers,
    })
    .onConflictDoUpdate({
      target: [requests.userId, requests.serviceId],
      targetWhere: sql`${requests.status} = 'draft'`,
      set: { formVersion: input.formVersion, answers: input.answers, updatedAt: new Date() },
    })
    .returning({ id: requests.id, updatedAt: requests.updatedAt });
  return toDraftView({
    id: row!.id,
    service: service.slug,
    formVersion: input.formVersion,
    answers: input.answers,
    updatedAt: row!.updatedAt,
  });
}

/** Throws away one of the person's drafts with its attachments. */
export async function discardDraft(db: Executor, userId: string, draftId: string): Promise<void> {
  const deleted = await db
    .delete(requests)
    .where(and(eq(requests.id, draftId), eq(requests.userId, userId), eq(requests.status, 'draft')))
    .returning({ id: requests.id });
  if (deleted.length === 0) throw new AppError('REQUEST_NOT_FOUND');
}

/** Before an account is deleted: drafts are nobody's business once their author is gone. */
export async function forgetDrafts(db: Executor, userId: string): Promise<void> {
  await db.delete(requests).where(and(eq(requests.userId, userId), eq(requests.status, 'draft')));
}
