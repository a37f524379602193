import rateLimit from '@fastify/rate-limit';
import { type AnyTRPCRouter, TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { travelsAlone } from '../../shared/api-batch';
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

function refuse(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  params: Record<string, ErrorParam> = {},
) {
  return reply.code(httpStatusOf(code)).send(refusal(request, code, params));
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

type Bucket = 'sign-in' | 'lookup';
type ProcedureDefinition = { _def: { type: string; meta?: { access?: string; rateLimit?: 'lookup' } } };

/**
 * The calls one tRPC request makes: `/trpc/a,b,c?batch=1` makes three; any other route none. Split whatever
 * the batch flag says: without it, tRPC finds no procedure named `a,b` and answers 404 anyway.
 */
export function trpcCallsOf(request: FastifyRequest): string[] {
  if (request.routeOptions.url !== '/trpc/:path') return [];
  return ((request.params as { path?: string }).path ?? '').split(',');
}

/**
 * Limits that count calls, not HTTP requests, so that batching multiplies none of them:
 * - an auth.* mutation (a sign-in step) travels alone, and a batch holds at most config.maxBatchCalls
 *   calls (400 BATCH_NOT_ALLOWED, BATCH_TOO_LARGE), refused before the body is even read;
 * - rate limits per client address, charged once per call: public sign-in steps tightly, every public
 *   query (catalog lookups, booking lookups) and the public mutations that declare meta.rateLimit 'lookup'
 *   (holding, booking, cancelling by code and email) loosely. chargeCalls is the one place that counts;
 *   the counters live in each process (the plugin's store).
 * The plugin also serves routes that declare config.rateLimit (SPID/CIE sign-in).
 */
export async function registerRateLimits(app: FastifyInstance, config: Config, appRouter: AnyTRPCRouter) {
  const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDefinition | undefined>;
  const bucketOf = (path: string): Bucket | undefined => {
    const procedure = procedures[path]?._def;
    if (procedure?.meta?.access !== 'public') return undefined;
    if (procedure.type === 'query' || procedure.meta?.rateLimit === 'lookup') return 'lookup';
    return path.startsWith('auth.') ? 'sign-in' : undefined;
  };
  const mustTravelAlone = (path: string) => {
    const procedure = procedures[path]?._def;
    return procedure !== undefined && travelsAlone({ path, type: procedure.type });
  };
  await app.register(rateLimit, {
    global: false,
    timeWindow: 60_000,
    errorResponseBuilder: (request, context) => ({
      statusCode: context.statusCode,
      ...refusal(request, 'TOO_MANY_REQUESTS'),
    }),
  });
  const limiters = {
    'sign-in': app.createRateLimit({
      max: config.rateLimits.signInPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => `sign-in:${request.ip}`,
    }),
    lookup: app.createRateLimit({
      max: config.rateLimits.lookupsPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => `lookup:${request.ip}`,
    }),
  } satisfies Record<Bucket, unknown>;

  /** Charges each call to its bucket; answers how long to wait when one is over its limit. */
  const chargeCalls = async (request: FastifyRequest, calls: string[]) => {
    for (const call of calls) {
      const bucket = bucketOf(call);
      if (!bucket) continue;
      const charge = await limiters[bucket](request);
      if (!charge.isAllowed && charge.isExceeded) return { retryAfterSeconds: Math.max(1, charge.ttlInSeconds) };
    }
    return undefined;
  };

  app.addHook('onRequest', async (request, reply) => {
    const calls = trpcCallsOf(request);
    if (calls.length > 1 && calls.some(mustTravelAlone)) return refuse(reply, request, 'BATCH_NOT_ALLOWED');
    if (calls.length > config.maxBatchCalls) {
      return refuse(reply, request, 'BATCH_TOO_LARGE', { max: config.maxBatchCalls });
    }
    const exceeded = await chargeCalls(request, calls);
    if (exceeded) {
      reply.header('retry-after', exceeded.retryAfterSeconds);
      return refuse(reply, request, 'TOO_MANY_REQUESTS');
    }
  });
}
