import { z } from 'zod';
import { InboxMessage, MessageIdInput, PageInput } from '../../../shared/auth/api';
import { Ok, ok } from '../../../shared/ok';
import { router } from '../../trpc/init';
import { citizenProcedure } from '../../trpc/procedures';
import { countUnread, deleteMessage, listMessages, markAllRead, markMessage } from './deliver';

/** "Messaggi": the person's own inbox. Ids of other people's messages answer NOT_FOUND. */
export const inboxRouter = router({
  list: citizenProcedure
    .input(PageInput)
    .output(z.array(InboxMessage))
    .query(({ ctx, input }) => listMessages(ctx.db, ctx.user.id, ctx.locale, input)),
  unreadCount: citizenProcedure
    .output(z.object({ unread: z.int() }))
    .query(async ({ ctx }) => ({ unread: await countUnread(ctx.db, ctx.user.id) })),
  markRead: citizenProcedure
    .input(MessageIdInput.extend({ read: z.boolean().default(true) }))
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await markMessage(ctx.db, ctx.user.id, input.id, input.read);
      return ok;
    }),
  markAllRead: citizenProcedure.output(Ok).mutation(async ({ ctx }) => {
    await markAllRead(ctx.db, ctx.user.id);
    return ok;
  }),
  delete: citizenProcedure
    .input(MessageIdInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await deleteMessage(ctx.db, ctx.user.id, input.id);
      return ok;
    }),
});
