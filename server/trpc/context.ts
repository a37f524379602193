import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyBaseLogger } from 'fastify';
import { type Locale, LocaleSchema, negotiateLocale } from '../../shared/i18n/locale';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { findSession, type SessionUser } from '../features/accounts/sessions';
import type { AvailabilityCache } from '../features/booking/availability-cache';
import type { CatalogCache } from '../features/catalog/catalog-cache';
import type { RequestWatchers } from '../features/requests/changes';
import { type RequestHttp, requestHttp } from '../http/request-http';
import { clearSessionCookie, readSessionCookie } from '../http/session-cookie';

import type { Mailer } from '../mail/mailer';

/** Long-lived parts shared by every request. */
export type AppServices = {
  db: Database;
  config: Config;
  catalogCache: CatalogCache;
  availabilityCache: AvailabilityCache;
  /** Open pages following a request, woken when any process announces a change to it. */
  requestWatchers: RequestWatchers;
  mailer: Mailer;
  /** Keys the hash of sign-in codes. */
  authSecret: string;
  /** The VAPID public key browsers subscribe with. */
  vapidPublicKey: string;
};

/** What every procedure can rely on; tests build it directly with createInnerContext. */
export type Context = AppServices & {
  locale: Locale;
  requestId: string;
  log: FastifyBaseLogger;
  http: RequestHttp;
  user: SessionUser | undefined;
  sessionId: string | undefined;
};

export function createInnerContext(context: Context): Context {
  return context;
}

/** The request-reading part: language from x-locale, else Accept-Language; the person from the cookie. */
export function contextFactory(services: AppServices) {
  return async ({ req, res, info }: CreateFastifyContextOptions): Promise<Context> => {
    // EventSource cannot send headers: a subscription says its language in its connection parameters.
    const explicit = LocaleSchema.safeParse(req.headers['x-locale'] ?? info.connectionParams?.locale);
    const token = readSessionCookie(req);
    const session = token ? await findSession(services.db, services.config.session, token) : undefined;
    if (token && !session) clearSessionCookie(req, res);
    return createInnerContext({
      ...services,
      locale: explicit.success
        ? explicit.data
        : (session?.user.locale ?? negotiateLocale(req.headers['accept-language'])),
      requestId: String(req.id),
      log: req.log,
      user: session?.user,
      sessionId: session?.sessionId,
      http: requestHttp(req, res, services.config.publicUrl),
    });
  };
}
