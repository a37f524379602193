import { meRouter } from '../features/accounts/me-router';
import { authRouter } from '../features/accounts/router';
import { auditRouter } from '../features/audit/router';
import { bookingRouter } from '../features/booking/router';
import { catalogRouter } from '../features/catalog/router';
import { deskRouter } from '../features/frontdesk/router';
import { inboxRouter } from '../features/inbox/router';
import { organizationsRouter } from '../features/organizations/router';
import { pushRouter } from '../features/push/router';
import { requestsRouter } from '../features/requests/router';
import { transparencyRouter } from '../features/requests/transparency-router';
import { systemRouter } from '../features/system/router';
import { router } from './init';

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
