import { query } from '@solidjs/router';
import { getMe, refreshPerson } from './auth';
import { locale, setLocale } from './i18n';
import { trpc } from './trpc';

/** Signing in with a one-time email code. The sign-in page loads this; the home page never does. */

export type SignInMethods = { emailCode: boolean; passkey: boolean; oidc: boolean };

/** Which methods this deployment offers; if the server cannot say, the email code is always there. */
export const getSignInMethods = query(
  (): Promise<SignInMethods> =>
    trpc.auth.methods.query().catch(() => ({ emailCode: true, passkey: false, oidc: false })),
  'auth.methods',
);

/** Addresses are compared as the server stores them. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** What people paste or type: "123 456", "123-456". */
export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}

export const isSixDigits = (code: string) => /^\d{6}$/.test(code);

/** Mails a code; the server answers the same whether or not the address has an account. */
export async function requestCode(email: string): Promise<void> {
  await trpc.auth.requestCode.mutate({ email });
}

/**
 * Checks the code; the server sets the session cookie. Then everything personal is asked again (a
 * previous person's answers must not linger) and the interface takes the person's preferred language.
 */
export async function verifyCode(email: string, code: string): Promise<void> {
  await trpc.auth.verifyCode.mutate({ email, code });
  await refreshPerson();
  const me = await getMe();
  if (me && me.locale !== locale()) await setLocale(me.locale);
}
