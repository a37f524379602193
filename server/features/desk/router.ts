import { z } from 'zod';
import { router } from '../../trpc/init';
import { staffProcedure } from '../../trpc/procedures';
import { getDeskOffice } from './office';
import { deskRequestsRouter } from './requests-router';

const DeskOffice = z.object({
  slug: z.string(),
  name: z.string(),
  timeZone: z.string(),
  organization: z.object({ slug: z.string(), name: z.string() }),
  services: z.array(z.object({ slug: z.string(), title: z.string() })),
});

/** The staff console of one office. */
export const deskRouter = router({
  office: staffProcedure.output(DeskOffice).query(({ ctx, input }) => getDeskOffice(ctx.db, input.office, ctx.locale)),
  requests: deskRequestsRouter,
});
