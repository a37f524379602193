import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../shared/catalog/content';
import { type MessageKind, messageKinds } from '../../../shared/push/topics';
import { users } from './auth';

/** Every message the app sends a person; push and email are extra channels for the same message. */
export const inboxMessages = pgTable(
  'inbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<MessageKind>().notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull(),
    /** A path inside the app the message is about, e.g. /area-personale/profilo. */
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [
    index('inbox_messages_user_idx').on(table.userId, table.createdAt),
    check('inbox_messages_kind_check', sql.raw(`kind in (${messageKinds.map((kind) => `'${kind}'`).join(', ')})`)),
  ],
);
