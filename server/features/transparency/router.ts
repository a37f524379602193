import { StatsInput, StatsOutput } from '../../../shared/requests/api';
import { router } from '../../trpc/init';
import { publicProcedure } from '../../trpc/procedures';
import { getStats } from './stats';

/** Public response times of an organization's requests (the same figures as /opendata/requests-stats.*). */
export const transparencyRouter = router({
  stats: publicProcedure
    .input(StatsInput)
    .output(StatsOutput)
    .query(({ ctx, input }) => getStats(ctx.db, input, ctx.locale, new Date())),
});
