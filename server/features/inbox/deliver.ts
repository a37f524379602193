import { and, count, desc, eq, isNull, lt } from 'drizzle-orm';
import type { InboxMessage } from '../../../shared/auth/api';
import type { LocalizedText } from '../../../shared/catalog/content';
import type { Locale } from '../../../shared/i18n/locales';
import { localize } from '../../../shared/i18n/localized';
import type { MessageKind } from '../../../shared/push/topics';
import type { Executor } from '../../db/client';
import { inboxMessages } from '../../db/tables/inbox';
import { AppError } from '../../errors/app-error';
import { enqueuePush, type PushableMessage } from '../push/enqueue';

/** Where a message without a page of its own leads: the inbox. */
const areaMessagesPath = '/area-personale/messaggi';

export type OutgoingMessage = {
  userId: string;
  kind: MessageKind;
  title: LocalizedText;
  body: LocalizedText;
  link?: string;
} & Pick<PushableMessage, 'serviceId' | 'usefulUntil'>;

/**
 * Puts a message in a person's inbox and, in the same transaction, queues its push to each of their
 * devices that wants it: the message and its pushes exist together or not at all.
 */
export async function deliverMessage(db: Executor, message: OutgoingMessage): Promise<string> {
  const { serviceId, usefulUntil, ...stored } = message;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(inboxMessages)
      .values({ ...stored, link: stored.link ?? null })
      .returning({ id: inboxMessages.id });
    const messageId = row!.id;
    await enqueuePush(tx, { ...stored, messageId, link: stored.link ?? areaMessagesPath, serviceId, usefulUntil });
    return messageId;
  });
}

/** A message as stored, both languages: what a data export shows. */
export const storedMessageColumns = {
  id: inboxMessages.id,
  kind: inboxMessages.kind,
  title: inboxMessages.title,
  body: inboxMessages.body,
  link: inboxMessages.link,
  createdAt: inboxMessages.createdAt,
  readAt: inboxMessages.readAt,
};

/** One page of a person's messages, newest first, in their language. */
export async function listMessages(
  db: Executor,
  userId: string,
  locale: Locale,
  page: { limit: number; before?: string },
): Promise<InboxMessage[]> {
  const rows = await db
    .select(storedMessageColumns)
    .from(inboxMessages)
    .where(
      and(
        eq(inboxMessages.userId, userId),
        page.before ? lt(inboxMessages.createdAt, new Date(page.before)) : undefined,
      ),
    )
    .orderBy(desc(inboxMessages.createdAt))
    .limit(page.limit);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: localize(row.title, locale),
    body: localize(row.body, locale),
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  }));
}

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(inboxMessages)
    .where(and(eq(inboxMessages.userId, userId), isNull(inboxMessages.readAt)));
  return row?.unread ?? 0;
}

/**
 * Marks one of the person's own messages read (or unread). Another person's message id answers
 * MESSAGE_NOT_FOUND, exactly as an id that does not exist.
 */
export async function markMessage(db: Executor, userId: string, messageId: string, read: boolean): Promise<void> {
  const updated = await db
    .update(inboxMessages)
    .set({ readAt: read ? new Date() : null })
    .where(and(eq(inboxMessages.id, messageId), eq(inboxMessages.userId, userId)))
    .returning({ id: inboxMessages.id });
  if (updated.length === 0) throw new AppError('MESSAGE_NOT_FOUND');
}

export async function markAllRead(db: Executor, userId: string): Promise<void> {
  await db
    .update(inboxMessages)
    .set({ readAt: new Date() })
    .where(and(eq(inboxMessages.userId, userId), isNull(inboxMessages.readAt)));
}

export async function deleteMessage(db: Executor, userId: string, messageId: string): Promise<void> {
  const deleted = await db
    .delete(inboxMessages)
    .where(and(eq(inboxMessages.id, messageId), eq(inboxMessages.userId, userId)))
    .returning({ id: inboxMessages.id });
  if (deleted.length === 0) throw new AppError('MESSAGE_NOT_FOUND');
}
