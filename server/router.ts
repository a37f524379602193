import { auditRouter } from './features/audit/router';
import { authRouter } from './features/auth/router';
import { bookingRouter } from './features/booking/router';
import { catalogRouter } from './features/catalog/router';
import { deskRouter } from './features/desk/router';
import { inboxRouter } from './features/inbox/router';
import { meRouter } from './features/me/router';
import { organizationsRouter } from './features/organizations/router';
import { pushRouter } from './features/push/router';
import { requestsRouter } from './features/requests/router';
import { systemRouter } from './features/system/router';
import { transparencyRouter } from './features/transparency/router';
import { router } from './trpc/init';

/** The root router: one entry per feature. */
export const appRouter = router({
  audit: auditRouter,
  auth: authRouter,
  booking: bookingRouter,
  catalog: catalogRouter,
  desk: deskRouter,
  inbox: inboxRouter,
  me: meRouter,
  organizations: organizationsRouter,
  push: pushRouter,
  requests: requestsRouter,
  system: systemRouter,
  transparency: transparencyRouter,
});

export type AppRouter = typeof appRouter;
