import { z } from 'zod';
import {
  ActivityEntry,
  DeleteAccountInput,
  Me,
  PageInput,
  SessionInfo,
  UpdateProfileInput,
} from '../../../shared/auth/api';
import { Ok, ok } from '../../../shared/ok';
import { AppError } from '../../errors/app-error';
import { router } from '../../trpc/init';
import { citizenProcedure } from '../../trpc/procedures';
import { listAudit, recordAudit } from '../audit/record';
import { listSessions } from '../auth/sessions';
import { deleteAccount, getMe, updateProfile } from '../auth/users';
import { forgetDrafts } from '../requests/drafts';
import { exportPersonalData } from './export-data';

/** The signed-in person's own account: "La mia area". */
export const meRouter = router({
  get: citizenProcedure.output(Me).query(({ ctx }) => getMe(ctx.db, ctx.user.id)),
  update: citizenProcedure
    .input(UpdateProfileInput)
    .output(Me)
    .mutation(async ({ ctx, input }) => {
      const me = await updateProfile(ctx.db, ctx.user.id, input);
      await recordAudit(ctx.db, {
        actorId: ctx.user.id,
        action: 'me.update',
        ip: ctx.http.ip,
        details: { fields: Object.keys(input) },
      });
      return me;
    }),
  sessions: citizenProcedure
    .output(z.array(SessionInfo))
    .query(({ ctx }) => listSessions(ctx.db, ctx.user.id, ctx.sessionId)),
  activity: citizenProcedure
    .input(PageInput)
    .output(z.array(ActivityEntry))
    .query(async ({ ctx, input }) =>
      (await listAudit(ctx.db, { actorId: ctx.user.id, changesOnly: true, ...input })).map(
        ({ id, at, action, details }) => ({
          id,
          at,
          action,
          details,
        }),
      ),
    ),
  exportData: citizenProcedure
    .output(z.record(z.string(), z.unknown()))
    .query(({ ctx }) => exportPersonalData(ctx.db, ctx.user.id)),
  deleteAccount: citizenProcedure
    .input(DeleteAccountInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      if (input.confirmEmail.trim().toLowerCase() !== ctx.user.email.toLowerCase()) {
        throw new AppError('DELETE_CONFIRMATION_MISMATCH');
      }
      await ctx.db.transaction(async (tx) => {
        await recordAudit(tx, { actorId: null, action: 'me.delete_account', ip: ctx.http.ip });
        await forgetDrafts(tx, ctx.user.id);
        await deleteAccount(tx, ctx.user.id);
      });
      ctx.http.clearSessionCookie();
      return ok;
    }),
});
