import rateLimit from '@fastify/rate-limit';
import { type AnyTRPCRouter, TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '../../shared/errors/codes';
import { type ErrorParam, errorMessage } from '../../shared/i18n/errors';
import { LocaleSchema, negotiateLocale } from '../../shared/i18n/locale';
import type { Config } from '../config';
import { errorTable } from '../errors/error-table';
import { originOf } from './request-http';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The HTTP status the error table gives a code, as tRPC would answer it. */
export function httpStatusOf(code: ErrorCode): number {
  return getHTTPStatusCodeFromError(new TRPCError({ code: errorTable[code] }));
}

/** An error body shaped as tRPC's own, so the client reads these refusals like any other. */
export function refusal(request: FastifyRequest, code: ErrorCode, params: Record<string, ErrorParam> = {}) {
  const header = LocaleSchema.safeParse(request.headers['x-locale']);
  const locale = header.success ? header.data : negotiateLocale(request.headers['accept-language']);
  return {
    error: {
      message: errorMessage(code, locale, { ...params, requestId: String(request.id) }),
      code: TRPC_ERROR_CODES_BY_KEY[errorTable[code]],
      data: { code: errorTable[code], httpStatus: httpStatusOf(code), appCode: code },
    },
  };
}

/**
 * CSRF: a state-changing request must come from our own origin. Browsers send Origin (and
 * Sec-Fetch-Site) with every POST; a request without Origin must carry x-sportello-request, a header
 * a cross-site form cannot send and a cross-site script cannot add without a CORS preflight we never grant.
 */
export function registerCsrfGuard(app: FastifyInstance, config: Config) {
  app.addHook('onRequest', async (request, reply) => {
    if (safeMethods.has(request.method)) return;
    const expected = originOf(request, config.publicUrl);
    const origin = request.headers.origin;
    const crossSite = request.headers['sec-fetch-site'] === 'cross-site';
    const allowed = origin ? origin === expected && !crossSite : request.headers['x-sportello-request'] === '1';
    if (!allowed) return refuse(reply, request, 'CSRF_REJECTED');
  });
}

function refuse(reply: FastifyReply, request: FastifyRequest, code: ErrorCode) {
  return reply.code(httpStatusOf(code)).send(refusal(request, code));
}

/**
 * Fastify reads the body before tRPC sees the request, so a body over the limit never reaches tRPC's
 * formatter: answer it here in the same shape, with a message in the caller's language. Everything else
 * goes to Fastify's own handler, called rather than rethrown to: the rate limit throws a reply body, not
 * an Error, which a rethrow would send as a 200. Routes with their own handler (file uploads) keep it.
 */
export function registerBodyLimitRefusal(app: FastifyInstance) {
  const fastifyDefault = app.errorHandler;
  app.setErrorHandler((error: Error & { code?: string }, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return refuse(reply, request, 'PAYLOAD_TOO_LARGE');
    return fastifyDefault(error, request, reply);
  });
}

/**
 * Rate limits per client address: public sign-in steps (auth.* mutations) tightly, every public query (catalog
 * lookups, booking lookups) and the public mutations that declare meta.rateLimit 'lookup' (holding, booking,
 * cancelling by code and email) loosely. Counters live in each process.
 */
export async function registerRateLimits(app: FastifyInstance, config: Config, appRouter: AnyTRPCRouter) {
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: string; meta?: { access?: string; rateLimit?: 'lookup' } } }
  >;
  const bucketOf = (path: string): 'sign-in' | 'lookup' | undefined => {
    const procedure = procedures[path]?._def;
    if (procedure?.meta?.access !== 'public') return undefined;
    if (procedure.type === 'query' || procedure.meta?.rateLimit === 'lookup') return 'lookup';
    return path.startsWith('auth.') ? 'sign-in' : undefined;
  };
  // The plugin asks three times per request (allow list, key, limit): work it out once.
  const buckets = new WeakMap<FastifyRequest, 'sign-in' | 'lookup' | undefined>();
  const bucketOfRequest = (request: FastifyRequest) => {
    if (buckets.has(request)) return buckets.get(request);
    const match = /^\/trpc\/([^?]+)/.exec(request.url);
    const paths = match ? decodeURIComponent(match[1]!).split(',').map(bucketOf) : [];
    const bucket = paths.includes('sign-in') ? 'sign-in' : paths.includes('lookup') ? 'lookup' : undefined;
    buckets.set(request, bucket);
    return bucket;
  };
  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    allowList: (request) => bucketOfRequest(request) === undefined,
    keyGenerator: (request) => `${bucketOfRequest(request)}:${request.ip}`,
    max: (request) =>
      bucketOfRequest(request) === 'sign-in' ? config.rateLimits.signInPerMinute : config.rateLimits.lookupsPerMinute,
    errorResponseBuilder: (request, context) => ({
      statusCode: context.statusCode,
      ...refusal(request, 'TOO_MANY_REQUESTS'),
    }),
  });
}
