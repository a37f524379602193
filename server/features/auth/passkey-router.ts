import { z } from 'zod';
import {
  Passkey,
  PasskeyIdInput,
  PasskeyRegistrationStart,
  PasskeySignInStart,
  RegisterPasskeyInput,
  RenamePasskeyInput,
  SignInWithPasskeyInput,
} from '../../../shared/auth/passkeys';
import { Ok, ok } from '../../../shared/ok';
import { router } from '../../trpc/init';
import { citizenProcedure, publicProcedure } from '../../trpc/procedures';
import {
  finishPasskeyRegistration,
  listPasskeys,
  relyingPartyOf,
  removePasskey,
  renamePasskey,
  signInWithPasskey,
  startPasskeyRegistration,
  startPasskeySignIn,
} from './passkeys';

/** auth.passkeys.*: adding a passkey after a first sign-in, signing in with one, managing one's own. */
export const passkeyRouter = router({
  registrationOptions: citizenProcedure
    .output(PasskeyRegistrationStart)
    .mutation(({ ctx }) => startPasskeyRegistration(ctx.db, relyingPartyOf(ctx.http.origin), ctx.user.id)),
  register: citizenProcedure
    .input(RegisterPasskeyInput)
    .output(Passkey)
    .mutation(({ ctx, input }) =>
      finishPasskeyRegistration(ctx.db, relyingPartyOf(ctx.http.origin), {
        userId: ctx.user.id,
        ip: ctx.http.ip,
        userAgent: ctx.http.userAgent,
        input,
      }),
    ),
  signInOptions: publicProcedure
    .output(PasskeySignInStart)
    .mutation(({ ctx }) => startPasskeySignIn(ctx.db, relyingPartyOf(ctx.http.origin))),
  signIn: publicProcedure
    .input(SignInWithPasskeyInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await signInWithPasskey(
        { db: ctx.db, policy: ctx.config.session, http: ctx.http, previousSessionId: ctx.sessionId },
        relyingPartyOf(ctx.http.origin),
        input,
      );
      return ok;
    }),
  list: citizenProcedure.output(z.array(Passkey)).query(({ ctx }) => listPasskeys(ctx.db, ctx.user.id)),
  rename: citizenProcedure
    .input(RenamePasskeyInput)
    .output(Passkey)
    .mutation(({ ctx, input }) => renamePasskey(ctx.db, { userId: ctx.user.id, ip: ctx.http.ip, ...input })),
  remove: citizenProcedure
    .input(PasskeyIdInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await removePasskey(ctx.db, { userId: ctx.user.id, ip: ctx.http.ip, id: input.id });
      return ok;
    }),
});
