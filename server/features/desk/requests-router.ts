import { z } from 'zod';
import { MoveInput, QueueInput, QueueItem, StaffRequestDetail, StaffRequestRef } from '../../../shared/requests/api';
import { router } from '../../trpc/init';
import { staffProcedure } from '../../trpc/procedures';
import { moveRequest, takeRequest } from '../requests/transitions';
import { getStaffRequest, listQueue } from './request-queue';

/** An office's request queue for its staff; every call is in the audit log (staffProcedure). */
export const deskRequestsRouter = router({
  queue: staffProcedure
    .input(QueueInput)
    .output(z.array(QueueItem))
    .query(({ ctx, input }) => listQueue(ctx.db, input, ctx.locale, new Date())),
  get: staffProcedure
    .input(StaffRequestRef)
    .output(StaffRequestDetail)
    .query(({ ctx, input }) => getStaffRequest(ctx.db, input.office, input.id, ctx.locale, new Date())),
  take: staffProcedure
    .input(StaffRequestRef)
    .output(StaffRequestDetail)
    .mutation(async ({ ctx, input }) => {
      await takeRequest(ctx.db, { kind: 'staff', userId: ctx.user.id, office: input.office }, input.id, new Date());
      return getStaffRequest(ctx.db, input.office, input.id, ctx.locale, new Date());
    }),
  move: staffProcedure
    .input(MoveInput)
    .output(StaffRequestDetail)
    .mutation(async ({ ctx, input }) => {
      await moveRequest(
        ctx.db,
        { kind: 'staff', userId: ctx.user.id, office: input.office },
        { requestId: input.id, to: input.to, message: input.message },
        new Date(),
      );
      return getStaffRequest(ctx.db, input.office, input.id, ctx.locale, new Date());
    }),
});
