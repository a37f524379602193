import { z } from 'zod';
import { slug } from '../../shared/catalog/content';
import { AppError } from '../errors/app-error';
import { domainErrors, t } from './init';

/**
 * The only procedure builders features may use. Each declares who may call it (meta.access), which
 * the authorization matrix test reads for every procedure of the root router.
 */
export type Access = 'public' | 'citizen' | 'staff' | 'owner' | 'admin';

const base = t.procedure.use(domainErrors);

/** Anyone, signed in or not. */
export const publicProcedure = base.meta({ access: 'public' });

const signedIn = base.use(({ ctx, next }) => {
  if (!ctx.user || !ctx.sessionId) throw new AppError('AUTH_REQUIRED');
  return next({ ctx: { user: ctx.user, sessionId: ctx.sessionId } });
});

/** Any signed-in person, acting for themselves. */
export const citizenProcedure = signedIn.meta({ access: 'citizen' });

/** Staff, owner and admin calls are all recorded, reads included: access to records is itself on record. */
const audited = signedIn.use(async ({ ctx, path, type, getRawInput, next }) => {
  const result = await next();
  if (result.ok) {
    // The call succeeded, so its input passed validation: office and organization are slugs.
    const scope = ((await getRawInput()) ?? {}) as { office?: unknown; organization?: unknown };
    await ctx.recordAccess({
      actorId: ctx.user.id,
      action: path,
      ip: ctx.http.ip,
      details: {
        type,
        ...(typeof scope.office === 'string' && { office: scope.office }),
        ...(typeof scope.organization === 'string' && { organization: scope.organization }),
      },
    });
  }
  return result;
});

/** Staff of the office named by the input's `office` (or an admin). */
export const staffProcedure = audited
  .meta({ access: 'staff' })
  .input(z.object({ office: slug }))
  .use(({ ctx, input, next }) => {
    if (!ctx.user.roles.admin && !ctx.user.roles.staffOffices.includes(input.office)) throw new AppError('FORBIDDEN');
    return next();
  });

/** Owner of the organization named by the input's `organization` (or an admin). */
export const ownerProcedure = audited
  .meta({ access: 'owner' })
  .input(z.object({ organization: slug }))
  .use(({ ctx, input, next }) => {
    if (!ctx.user.roles.admin && !ctx.user.roles.ownedOrganizations.includes(input.organization)) {
      throw new AppError('FORBIDDEN');
    }
    return next();
  });

/** Administrators of the whole deployment. */
export const adminProcedure = audited.meta({ access: 'admin' }).use(({ ctx, next }) => {
  if (!ctx.user.roles.admin) throw new AppError('FORBIDDEN');
  return next();
});
