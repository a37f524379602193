import { and, eq } from 'drizzle-orm';
import { statusInSentenceBoth } from '../../../shared/i18n/request-status';
import { requestStatusMessage } from '../../../shared/i18n/request-texts';
import type { RequestStatus } from '../../../shared/requests/status';
import { checkMove, needsMessage } from '../../../shared/requests/status';
import type { Database, Transaction } from '../../db/client';
import { offices, services } from '../../db/tables/catalog';
import { requestEvents, requests } from '../../db/tables/requests';
import { AppError } from '../../errors/app-error';
import { deliverMessage } from '../inbox/deliver';
import { announceRequestChanged } from './changes';
import { deadlineOfRecord, selectRequestRecords, toSummary } from './views';

/** Who moves the request: its citizen, or staff acting for the office named in their call. */
export type Mover = { kind: 'citizen'; userId: string } | { kind: 'staff'; userId: string; office: string };

export type MoveInput = {
  requestId: string;
  to: Exclude<RequestStatus, 'draft'>;
  message?: string | null;
  /** A citizen's answer carries one, so a replay is recorded once. */
  idempotencyKey?: string;
};

/**
 * Moves a request along the status model, or refuses: REQUEST_NOT_FOUND when it is not the mover's to
 * touch (another person's, another office's), REQUEST_MOVE_NOT_YOURS when the move belongs to the other
 * party, REQUEST_MOVE_NOT_ALLOWED when no such move exists from where it is. The timeline entry, the
 * recomputed deadline, the citizen's inbox message and the change announcement commit together.
 */
export async function moveRequest(db: Database, mover: Mover, input: MoveInput, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const request = await lockRequest(tx, mover, input.requestId);
    if (input.idempotencyKey && (await alreadyRecorded(tx, input.idempotencyKey))) return;
    const refusal = checkMove(request.status, input.to, mover.kind);
    if (refusal === 'wrong_actor') throw new AppError('REQUEST_MOVE_NOT_YOURS', { to: statusInSentenceBoth(input.to) });
    if (refusal === 'not_allowed') {
      throw new AppError('REQUEST_MOVE_NOT_ALLOWED', {
        from: statusInSentenceBoth(request.status),
        to: statusInSentenceBoth(input.to),
      });
    }
    const message = input.message?.trim() || null;
    if (needsMessage(input.to) && !message)
      throw new AppError('REQUEST_MESSAGE_REQUIRED', { to: statusInSentenceBoth(input.to) });
    await recordMove(
      tx,
      {
        requestId: input.requestId,
        from: request.status,
        to: input.to,
        mover,
        message,
        idempotencyKey: input.idempotencyKey,
      },
      now,
    );
  });
}

/** Staff takes a request: it becomes theirs, and a request just submitted moves into review. */
export async function takeRequest(
  db: Database,
  mover: Extract<Mover, { kind: 'staff' }>,
  requestId: string,
  now: Date,
) {
  await db.transaction(async (tx) => {
    const request = await lockRequest(tx, mover, requestId);
    await tx.update(requests).set({ assigneeId: mover.userId, updatedAt: now }).where(eq(requests.id, requestId));
    if (request.status === 'submitted') {
      await recordMove(tx, { requestId, from: 'submitted', to: 'in_review', mover, message: null }, now);
    } else await announceRequestChanged(tx, requestId);
  });
}

async function lockRequest(tx: Transaction, mover: Mover, requestId: string) {
  const [request] = await tx
    .select({ status: requests.status, userId: requests.userId, office: offices.slug })
    .from(requests)
    .innerJoin(offices, eq(offices.id, requests.officeId))
    .where(eq(requests.id, requestId))
    .for('update', { of: requests });
  const visible =
    request &&
    request.status !== 'draft' &&
    (mover.kind === 'citizen' ? request.userId === mover.userId : request.office === mover.office);
  if (!visible) throw new AppError('REQUEST_NOT_FOUND');
  return request;
}

async function alreadyRecorded(tx: Transaction, idempotencyKey: string): Promise<boolean> {
  const [event] = await tx
    .select({ id: requestEvents.id })
    .from(requestEvents)
    .where(eq(requestEvents.idempotencyKey, idempotencyKey));
  return Boolean(event);
}

/** Writes a move that has been checked: timeline, status, deadline facts, inbox, announcement. */
export async function recordMove(
  tx: Transaction,
  move: {
    requestId: string;
    from: RequestStatus;
    to: Exclude<RequestStatus, 'draft'>;
    mover: Mover;
    message: string | null;
    idempotencyKey?: string;
  },
  now: Date,
) {
  await tx.insert(requestEvents).values({
    requestId: move.requestId,
    actorKind: move.mover.kind,
    actorId: move.mover.userId,
    fromStatus: move.from,
    toStatus: move.to,
    message: move.message,
    idempotencyKey: move.idempotencyKey ?? null,
    createdAt: now,
  });
  const decided = move.to === 'approved' || move.to === 'rejected';
  await tx
    .update(requests)
    .set({ status: move.to, updatedAt: now, ...(decided && { decidedAt: now }) })
    .where(eq(requests.id, move.requestId));

  const [record] = await selectRequestRecords(tx, eq(requests.id, move.requestId), 'it');
  const deadline = deadlineOfRecord(record!, now);
  await tx
    .update(requests)
    .set({
      dueOn: deadline?.dueDate ?? null,
      ...(decided && { decidedWithinDeadline: deadline?.state === 'met' }),
    })
    .where(eq(requests.id, move.requestId));

  if (record!.userId) {
    const [service] = await tx
      .select({ id: services.id, titleIt: services.titleIt, titleEn: services.titleEn })
      .from(services)
      .innerJoin(requests, and(eq(requests.serviceId, services.id), eq(requests.id, move.requestId)));
    const facts = {
      protocolNumber: toSummary(record!, now).protocolNumber ?? '',
      service: { it: service!.titleIt, en: service!.titleEn },
    };
    const note = move.mover.kind === 'staff' ? move.message : null;
    await deliverMessage(tx, {
      userId: record!.userId,
      kind: 'request-status',
      ...requestStatusMessage(move.to, facts, note),
      link: `/pratiche/${move.requestId}`,
      serviceId: service!.id,
    });
  }
  await announceRequestChanged(tx, move.requestId);
}
