import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '../../../shared/errors/codes';
import { type Locale, LocaleSchema, negotiateLocale } from '../../../shared/i18n/locale';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { AppError } from '../../errors/app-error';
import { httpStatusOf, refusal } from '../../http/request-guards';
import { originOf, requestHttp } from '../../http/request-http';
import { readSessionCookie, secureFor } from '../../http/session-cookie';
import { signInWithOidc } from './link-oidc-identity';
import {
  beginOidcSignIn,
  defaultReturnPath,
  finishOidcSignIn,
  oidcFlowLifetimeMs,
  oidcGateway,
  sameSiteReturnPath,
} from './oidc';
import { findSession } from './sessions';

export const oidcCallbackPath = '/auth/oidc/callback';
const flowCookie = 'sportello_oidc_flow';
const flowCookiePath = '/auth/oidc';
const signInPage = '/accedi';

/**
 * SPID/CIE sign-in as plain HTTP, because the browser itself travels: /auth/oidc/start sends it to the
 * identity gateway, the gateway sends it back to /auth/oidc/callback, which signs the person in and
 * sends them on to where they were. Every refusal lands on the sign-in page with ?errore=<code> (JSON
 * clients get the tRPC-shaped error instead).
 */
export function registerOidcRoutes(app: FastifyInstance, services: { db: Database; config: Config }) {
  const { db, config } = services;
  const gateway = config.oidc ? oidcGateway(config.oidc) : undefined;
  // Counted like the auth.* procedures: every start writes a flow row, every callback calls the gateway.
  const rateLimit = {
    max: config.rateLimits.signInPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => request.ip,
    allowList: () => false,
  };

  app.get('/auth/oidc/start', { config: { rateLimit } }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (!gateway) return reply.code(httpStatusOf('OIDC_NOT_CONFIGURED')).send(refusal(request, 'OIDC_NOT_CONFIGURED'));
    const query = request.query as Record<string, unknown>;
    try {
      const { flowToken, authorizationUrl } = await beginOidcSignIn(db, gateway, {
        redirectUri: `${originOf(request, config.publicUrl)}${oidcCallbackPath}`,
        returnTo: sameSiteReturnPath(query.ritorno, defaultReturnPath),
        locale: localeOf(request, query.lingua),
      });
      reply.setCookie(flowCookie, flowToken, {
        httpOnly: true,
        secure: secureFor(request),
        sameSite: 'lax',
        path: flowCookiePath,
        maxAge: oidcFlowLifetimeMs / 1000,
      });
      return reply.redirect(authorizationUrl, 302);
    } catch (error) {
      return refuse(request, reply, error);
    }
  });

  app.get(oidcCallbackPath, { config: { rateLimit } }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (!gateway) return reply.code(httpStatusOf('OIDC_NOT_CONFIGURED')).send(refusal(request, 'OIDC_NOT_CONFIGURED'));
    const flowToken = request.cookies[flowCookie] || undefined;
    // The flow is consumed by this request whatever its outcome.
    reply.clearCookie(flowCookie, {
      httpOnly: true,
      secure: secureFor(request),
      sameSite: 'lax',
      path: flowCookiePath,
    });
    try {
      const queryStart = request.url.indexOf('?');
      const { identity, returnTo, locale } = await finishOidcSignIn(db, gateway, {
        flowToken,
        query: queryStart >= 0 ? request.url.slice(queryStart) : '',
      });
      const sessionToken = readSessionCookie(request);
      const previous = sessionToken ? await findSession(db, config.session, sessionToken) : undefined;
      await signInWithOidc(
        {
          db,
          policy: config.session,
          http: requestHttp(request, reply, config.publicUrl),
          previousSessionId: previous?.sessionId,
        },
        identity,
        locale,
      );
      return reply.redirect(returnTo, 303);
    } catch (error) {
      return refuse(request, reply, error);
    }
  });
}

/** Expected failures become a refusal the person can read; anything else is a fault and stays one. */
function refuse(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  if (!(error instanceof AppError)) throw error;
  const code: ErrorCode = error.code;
  const log = { err: error.cause ?? error, appCode: code };
  if (code === 'OIDC_UNAVAILABLE') request.log.error(log, 'SPID/CIE gateway unreachable');
  else if (code === 'OIDC_CALLBACK_INVALID') request.log.warn(log, 'SPID/CIE callback refused');
  else request.log.info(log, 'SPID/CIE sign-in refused');
  if (wantsJson(request)) return reply.code(httpStatusOf(code)).send(refusal(request, code));
  return reply.redirect(`${signInPage}?errore=${code}`, 303);
}

function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** The language the page asked for (?lingua=), else the browser's: it becomes a new account's language. */
function localeOf(request: FastifyRequest, asked: unknown): Locale {
  const parsed = LocaleSchema.safeParse(asked);
  return parsed.success ? parsed.data : negotiateLocale(request.headers['accept-language']);
}
