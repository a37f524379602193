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
  .meta<{ access: Access; rateLimit?: 'lookup' }>()
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

/** Turns the domain's AppError into the tRPC error its code maps to, keeping it as the cause. */
export const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: errorTable[cause.code], message: cause.code, cause });
  }
  return result;
});

export const router = t.router;
