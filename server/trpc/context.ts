import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyBaseLogger } from 'fastify';
import type { Roles } from '../../shared/auth/api';
import { type Locale, LocaleSchema, negotiateLocale } from '../../shared/i18n/locale';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { type RequestHttp, requestHttp } from '../http/request-http';
import { clearSessionCookie, readSessionCookie } from '../http/session-cookie';
import type { Mailer } from '../mail/mailer';

/** The signed-in person as every procedure sees them. */
export type SessionUser = { id: string; email: string; locale: Locale; roles: Roles };

/** Finds the live session behind a cookie token (the auth feature's findSession, bound by the app). */
export type SessionResolver = (token: string) => Promise<{ sessionId: string; user: SessionUser } | undefined>;

/** One line of the access trail that staff, owner and admin calls leave (the audit feature's recordAudit). */
export type AccessRecord = { actorId: string; action: string; ip: string; details: Record<string, unknown> };

/**
 * Long-lived parts shared by every request. A feature that brings a long-lived part of its own (a cache,
 * the watchers of open pages) declares it by augmenting this interface beside its class, as Fastify
 * decorators are declared, so this plumbing never imports a feature; app.ts supplies them all.
 */
export interface AppServices {
  db: Database;
  config: Config;
  mailer: Mailer;
  /** Keys the hash of sign-in codes. */
  authSecret: string;
  /** The VAPID public key browsers subscribe with. */
  vapidPublicKey: string;
  recordAccess(record: AccessRecord): Promise<void>;
}

/** What every procedure can rely on. */
export type Context = AppServices & {
  locale: Locale;
  requestId: string;
  log: FastifyBaseLogger;
  http: RequestHttp;
  user: SessionUser | undefined;
  sessionId: string | undefined;
};

/** The request-reading part: language from x-locale, else Accept-Language; the person from the cookie. */
export function contextFactory(services: AppServices, resolveSession: SessionResolver) {
  return async ({ req, res, info }: CreateFastifyContextOptions): Promise<Context> => {
    // EventSource cannot send headers: a subscription says its language in its connection parameters.
    const explicit = LocaleSchema.safeParse(req.headers['x-locale'] ?? info.connectionParams?.locale);
    const token = readSessionCookie(req);
    const session = token ? await resolveSession(token) : undefined;
    if (token && !session) clearSessionCookie(req, res);
    return {
      ...services,
      locale: explicit.success
        ? explicit.data
        : (session?.user.locale ?? negotiateLocale(req.headers['accept-language'])),
      requestId: String(req.id),
      log: req.log,
      user: session?.user,
      sessionId: session?.sessionId,
      http: requestHttp(req, res, services.config.publicUrl),
    };
  };
}
