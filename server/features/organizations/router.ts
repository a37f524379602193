import { z } from 'zod';
import { router } from '../../trpc/init';
import { ownerProcedure } from '../../trpc/procedures';
import { listTeam } from './team';

const TeamMember = z.object({
  role: z.enum(['owner', 'staff']),
  office: z.string().nullable(),
  email: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
});

/** What an organization's owners manage. */
export const organizationsRouter = router({
  team: ownerProcedure.output(z.array(TeamMember)).query(({ ctx, input }) => listTeam(ctx.db, input.organization)),
});
