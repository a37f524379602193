import { and, eq } from 'drizzle-orm';
import { wallClock } from '../../../shared/booking/format';
import type { LocalizedText } from '../../../shared/catalog/content';
import { describeAnswerIssues } from '../../../shared/requests/answer-messages';
import { checkAnswers } from '../../../shared/requests/answers';
import type { SubmitInput } from '../../../shared/requests/api';
import type { Answers, FormDefinition } from '../../../shared/requests/form';
import type { Database, Transaction } from '../../db/client';
import { users } from '../../db/tables/auth';
import { services } from '../../db/tables/catalog';
import { type ApplicantSnapshot, requests } from '../../db/tables/requests';
import { AppError } from '../../errors/app-error';
import { isUniqueViolation } from '../auth/users';
import { attachmentsOfRequest } from './attachments';
import { loadFormVersion, loadRequestService, type RequestService } from './forms';
import { takeProtocolNumber } from './protocol';
import { recordMove } from './transitions';
import { displayName } from './views';

/**
 * Sends a request: checks the answers against the form version they were made with, gives the next
 * protocol number of the organization for the year, and turns the person's draft (with its attachments)
 * into the submitted request, all in one transaction. The same idempotency key again returns the first
 * request and changes nothing, even when both arrive at once.
 */
export async function submitRequest(db: Database, userId: string, input: SubmitInput, now: Date): Promise<string> {
  const earlier = await findByKey(db, userId, input.idempotencyKey);
  if (earlier) return sameRequestOrRefuse(earlier, input.service);

  const service = await loadRequestService(db, input.service, 'it');
  const definition = await loadFormVersion(db, service.serviceId, input.formVersion);
  const today = wallClock(now, service.office.timeZone).localDate;
  const { answers, issues } = checkAnswers(definition, input.answers, { today });
  if (issues.length > 0) {
    throw new AppError('REQUEST_ANSWERS_INVALID', {
      details: {
        it: describeAnswerIssues(definition, issues, 'it'),
        en: describeAnswerIssues(definition, issues, 'en'),
      },
    });
  }
  try {
    return await db.transaction(async (tx) => {
      const draftId = await lockDraft(tx, userId, service.serviceId);
      await checkFileAnswers(tx, definition, answers, draftId);
      const year = Number(today.slice(0, 4));
      const sequence = await takeProtocolNumber(tx, service.organizationId, year);
      const submitted = {
        status: 'submitted' as const,
        formVersion: input.formVersion,
        answers,
        applicant: await applicantOf(tx, userId),
        idempotencyKey: input.idempotencyKey,
        protocolYear: year,
        protocolSequence: sequence,
        submittedAt: now,
        updatedAt: now,
      };
      const requestId = draftId
        ? (await tx.update(requests).set(submitted).where(eq(requests.id, draftId)).returning({ id: requests.id }))[0]!
            .id
        : await insertSubmitted(tx, userId, service, submitted);
      await recordMove(
        tx,
        { requestId, from: 'draft', to: 'submitted', mover: { kind: 'citizen', userId }, message: null },
        now,
      );
      return requestId;
    });
  } catch (error) {
    if (!isUniqueViolation(error, 'requests_idempotency_key')) throw error;
    // The same submission arrived twice at once: the other one won, and this one is its replay.
    const winner = await findByKey(db, userId, input.idempotencyKey);
    return sameRequestOrRefuse(winner!, input.service);
  }
}

async function findByKey(db: Database, userId: string, idempotencyKey: string) {
  const [row] = await db
    .select({ id: requests.id, service: services.slug })
    .from(requests)
    .innerJoin(services, eq(services.id, requests.serviceId))
    .where(and(eq(requests.userId, userId), eq(requests.idempotencyKey, idempotencyKey)));
  return row;
}

function sameRequestOrRefuse(earlier: { id: string; service: string }, service: string): string {
  if (earlier.service !== service) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return earlier.id;
}

async function lockDraft(tx: Transaction, userId: string, serviceId: string): Promise<string | undefined> {
  const [draft] = await tx
    .select({ id: requests.id })
    .from(requests)
    .where(and(eq(requests.userId, userId), eq(requests.serviceId, serviceId), eq(requests.status, 'draft')))
    .for('update');
  return draft?.id;
}

/** A file answer must name files uploaded to this very draft for that very field. */
async function checkFileAnswers(
  tx: Transaction,
  definition: FormDefinition,
  answers: Answers,
  draftId: string | undefined,
) {
  for (const field of definition.pages.flatMap((page) => page.fields)) {
    const ids = field.type === 'file' ? answers[field.id] : undefined;
    if (!Array.isArray(ids) || ids.length === 0) continue;
    const found = draftId ? await attachmentsOfRequest(tx, draftId, ids) : [];
    const matching = found.filter((attachment) => attachment.fieldId === field.id);
    if (matching.length !== ids.length) {
      throw new AppError('ATTACHMENT_NOT_IN_REQUEST', { field: field.label as LocalizedText });
    }
  }
}

async function applicantOf(tx: Transaction, userId: string): Promise<ApplicantSnapshot> {
  const [person] = await tx
    .select({
      givenName: users.givenName,
      familyName: users.familyName,
      email: users.email,
      fiscalCode: users.fiscalCode,
      phone: users.phone,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!person) throw new AppError('AUTH_REQUIRED');
  return { name: displayName(person), email: person.email, fiscalCode: person.fiscalCode, phone: person.phone };
}

async function insertSubmitted(
  tx: Transaction,
  userId: string,
  service: RequestService,
  submitted: Omit<typeof requests.$inferInsert, 'serviceId' | 'officeId' | 'organizationId'>,
): Promise<string> {
  const [row] = await tx
    .insert(requests)
    .values({
      ...submitted,
      serviceId: service.serviceId,
      officeId: service.officeId,
      organizationId: service.organizationId,
      userId,
    })
    .returning({ id: requests.id });
  return row!.id;
}
