import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { errorMessage } from '../../shared/i18n/errors';
import { describeIssue } from '../../shared/i18n/validation';
import { AppError } from '../errors/app-error';
import { codeForTransportError, errorTable } from '../errors/error-table';
import type { Context } from './context';
import type { Access } from './procedures';

export const t = initTRPC
  .context<Context>()
  // personal: a public query whose answer names a person or depends on who asks, so no cache may keep it
  // (non-public procedures and mutations never are kept anyway: server/http/cache-control.ts).
  .meta<{ access: Access; rateLimit?: 'lookup'; personal?: true }>()
  .create({
    isDev: false,
    errorFormatter({ shape, error, ctx }) {
      const locale = ctx?.locale ?? 'it';
      const { data } = shape;
      if (error.cause instanceof ZodError) {
        const issues = error.cause.issues.map((issue) => ({
          path: issue.path.map(String),
          message: describeIssue(issue, locale),
        }));
        const details = issues.map((issue) => issue.message).join('; ');
        return {
          ...shape,
          message: errorMessage('INVALID_INPUT', locale, { details }),
          data: { code: data.code, httpStatus: data.httpStatus, path: data.path, appCode: 'INVALID_INPUT', issues },
        };
      }
      const appError = error.cause instanceof AppError ? error.cause : undefined;
      const appCode = appError?.code ?? codeForTransportError(error.code);
      const params = { ...appError?.params, requestId: ctx?.requestId ?? '-' };
      return {
        ...shape,
        message: errorMessage(appCode, locale, params),
        data: { code: data.code, httpStatus: data.httpStatus, path: data.path, appCode },
      };
    },
  });

/** The tRPC error a domain's AppError maps to, keeping it as the cause. */
const transportErrorOf = (cause: AppError) =>
  new TRPCError({ code: errorTable[cause.code], message: cause.code, cause });

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/**
 * A subscription's stream runs after the middleware has returned, so an AppError it throws (the request
 * watched is not found) would reach tRPC unmapped: a 500, logged as a failure, that its client retries
 * for ever. The stream is wrapped so it fails with the code's own error, as a query does.
 */
async function* withDomainErrors(stream: AsyncIterable<unknown>): AsyncGenerator<unknown> {
  try {
    yield* stream;
  } catch (error) {
    throw error instanceof AppError ? transportErrorOf(error) : error;
  }
}

/** Turns the domain's AppError into the tRPC error its code maps to, subscriptions' streams included. */
export const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) throw transportErrorOf(result.error.cause);
  if (result.ok && isAsyncIterable(result.data)) return { ...result, data: withDomainErrors(result.data) };
  return result;
});

export const router = t.router;
