import { z } from 'zod';
import { publicProcedure, router } from '../../trpc/init';

/** Liveness as the client sees it: the PWA asks this to tell "offline" from "server down". */
export const systemRouter = router({
  ping: publicProcedure.output(z.object({ pong: z.literal(true) })).query(() => ({ pong: true as const })),
});
