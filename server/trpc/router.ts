import { catalogRouter } from '../features/catalog/router';
import { systemRouter } from '../features/system/router';
import { router } from './init';

/** The root router: one entry per feature. */
export const appRouter = router({
  catalog: catalogRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
