import { catalogRouter } from '../features/catalog/router';
import { router } from './init';

/** The root router: one entry per feature. */
export const appRouter = router({
  catalog: catalogRouter,
});

export type AppRouter = typeof appRouter;
