import { z } from 'zod';
import { router } from '../../trpc/init';
import { publicProcedure } from '../../trpc/procedures';

/** Liveness as the client sees it: the PWA asks this to tell "offline" from "server down". */
export const systemRouter = router({
  ping: publicProcedure.output(z.object({ pong: z.literal(true) })).query(() => ({ pong: true as const })),
});
