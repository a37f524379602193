import { query, revalidate } from '@solidjs/router';
import type { Passkey } from '../../shared/auth/passkeys';
import { getMe, personal, refreshPerson } from './auth';
import { appCodeOf } from './errors';
import { failureMessage } from './form-state';
import { locale, setLocale, t } from './i18n';
import { trpc } from './trpc';

/**
 * Passkeys in the browser: the WebAuthn ceremonies through @simplewebauthn/browser, loaded only when a
 * person actually adds or uses a passkey, so no page pays for it up front.
 */
const webauthn = () => import('@simplewebauthn/browser');

/** Whether this browser can make and use passkeys at all (no library needed to tell). */
export function passkeysSupported(): boolean {
  return typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';
}

/** The person's passkeys; the "me." key makes sign-out and sign-in drop it with the rest of their data. */
export const getPasskeys = query(() => personal(() => trpc.auth.passkeys.list.query()), 'me.passkeys');

export function refreshPasskeys(): Promise<void> {
  return revalidate(getPasskeys.key);
}

/** Creates a passkey on this device for the signed-in person and registers it. */
export async function addPasskey(): Promise<Passkey> {
  const [{ startRegistration }, { flowId, options }] = await Promise.all([
    webauthn(),
    personal(() => trpc.auth.passkeys.registrationOptions.mutate()),
  ]);
  const response = await startRegistration({ optionsJSON: options });
  const passkey = await personal(() => trpc.auth.passkeys.register.mutate({ flowId, response }));
  await refreshPasskeys();
  return passkey;
}

/**
 * Asks the browser for any passkey it holds for this site and signs its owner in (the server sets the
 * session cookie). Then, as after an email code, everything personal is asked again and the interface
 * takes the person's preferred language.
 */
export async function signInWithPasskey(): Promise<void> {
  const [{ startAuthentication }, { flowId, options }] = await Promise.all([
    webauthn(),
    trpc.auth.passkeys.signInOptions.mutate(),
  ]);
  const response = await startAuthentication({ optionsJSON: options });
  await trpc.auth.passkeys.signIn.mutate({ flowId, response });
  await refreshPerson();
  const me = await getMe();
  if (me && me.locale !== locale()) await setLocale(me.locale);
}

export async function renamePasskey(id: string, name: string): Promise<Passkey> {
  const passkey = await personal(() => trpc.auth.passkeys.rename.mutate({ id, name }));
  await refreshPasskeys();
  return passkey;
}

export async function removePasskey(id: string): Promise<void> {
  await personal(() => trpc.auth.passkeys.remove.mutate({ id }));
  await refreshPasskeys();
}

/**
 * What to tell the person when a passkey step fails: the server's message when it answered, else why
 * the browser or the authenticator stopped (cancelled, already registered, not able to keep a passkey).
 */
export function passkeyFailure(error: unknown): string {
  if (appCodeOf(error)) return failureMessage(error);
  const { name, code, cause } = (error ?? {}) as { name?: string; code?: string; cause?: { name?: string } };
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return t('passkeys.alreadyRegistered');
  if (code === 'ERROR_AUTHENTICATOR_MISSING_DISCOVERABLE_CREDENTIAL_SUPPORT') return t('passkeys.notDiscoverable');
  if (code === 'ERROR_CEREMONY_ABORTED' || name === 'NotAllowedError' || cause?.name === 'NotAllowedError') {
    return t('passkeys.cancelled');
  }
  // Any other refusal from the browser or the authenticator (wrapped by the library as ERROR_*).
  if (code?.startsWith('ERROR_') || error instanceof DOMException) return t('passkeys.failed');
  return failureMessage(error);
}
