import { z } from 'zod';
import { Me, RequestCodeInput, VerifyCodeInput } from '../../../shared/auth/api';
import { Ok, ok } from '../../../shared/ok';
import { AppError } from '../../errors/app-error';
import { router } from '../../trpc/init';
import { citizenProcedure, publicProcedure } from '../../trpc/procedures';
import { recordAudit } from '../audit/record';
import { forgetAllDevices, forgetSessionDevices } from '../push/devices';
import { consumeSignInCode, requestSignInCode } from './email-code';
import { passkeyRouter } from './passkey-router';
import { endAllSessions, endSession } from './sessions';
import { completeSignIn } from './sign-in';
import { getMe } from './users';

export const authRouter = router({
  passkeys: passkeyRouter,
  /** Who is signed in on this browser, or null: lets a guest's pages ask without an error. */
  session: publicProcedure
    .meta({ access: 'public', personal: true })
    .output(Me.nullable())
    .query(({ ctx }) => (ctx.user ? getMe(ctx.db, ctx.user.id) : null)),
  /** Which sign-in methods this deployment offers, so the sign-in page shows only those. */
  methods: publicProcedure
    .output(z.object({ emailCode: z.boolean(), passkey: z.boolean(), oidc: z.boolean() }))
    .query(({ ctx }) => ({ emailCode: ctx.config.mail.enabled, passkey: true, oidc: Boolean(ctx.config.oidc) })),
  /**
   * Always answers ok, whether or not the address has an account, so addresses cannot be probed; refused
   * for every address alike where the deployment sends no mail (MAIL=off).
   */
  requestCode: publicProcedure
    .input(RequestCodeInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      if (!ctx.config.mail.enabled) throw new AppError('EMAIL_SIGN_IN_OFF');
      await requestSignInCode(
        ctx.db,
        { mailer: ctx.mailer, secret: ctx.authSecret },
        { email: input.email, locale: ctx.locale, ip: ctx.http.ip },
      );
      return ok;
    }),
  verifyCode: publicProcedure
    .input(VerifyCodeInput)
    .output(Ok.extend({ newAccount: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await consumeSignInCode(ctx.db, ctx.authSecret, input.email, input.code);
      const { created } = await completeSignIn(
        { db: ctx.db, policy: ctx.config.session, http: ctx.http, previousSessionId: ctx.sessionId },
        { email: input.email, locale: ctx.locale, method: 'email_code' },
      );
      return { ...ok, newAccount: created };
    }),
  signOut: publicProcedure.output(Ok).mutation(async ({ ctx }) => {
    if (ctx.sessionId) {
      await forgetSessionDevices(ctx.db, ctx.sessionId);
      await endSession(ctx.db, ctx.sessionId);
    }
    ctx.http.clearSessionCookie();
    return ok;
  }),
  signOutEverywhere: citizenProcedure.output(z.object({ ended: z.int() })).mutation(async ({ ctx }) => {
    await forgetAllDevices(ctx.db, ctx.user.id);
    const ended = await endAllSessions(ctx.db, ctx.user.id);
    await recordAudit(ctx.db, { actorId: ctx.user.id, action: 'auth.sign_out_everywhere', ip: ctx.http.ip });
    ctx.http.clearSessionCookie();
    return { ended };
  }),
});
