import { query, revalidate } from '@solidjs/router';
import type { Me } from '../../shared/auth/api';
import { appCodeOf } from './errors';
import { trpc } from './trpc';

/**
 * Who is signed in, for the header and the pages that need an account. The session lives in an
 * httpOnly cookie the page cannot read, so me.get is the only way to know. Its answer is also kept on
 * the device (client/lib/offline/follow-person.ts), so that the person's own pages read offline; when
 * the server says nobody, or someone else, is signed in, the previous person's data leaves the device.
 */

/** The server's "nobody is signed in" answer: 401, AUTH_REQUIRED. */
export function isSignedOutError(error: unknown): boolean {
  if (appCodeOf(error) === 'AUTH_REQUIRED') return true;
  const data = typeof error === 'object' && error !== null && 'data' in error ? error.data : undefined;
  return (data as { httpStatus?: number } | null | undefined)?.httpStatus === 401;
}

/** Whether the last answer of me.get was a person: a 401 elsewhere then means the session just ended. */
let signedIn = false;

/**
 * The signed-in person, or null when signed out. A network failure answers the person saved on this
 * device for offline use; with nobody saved it stays an error: "unknown".
 */
export const getMe = query(async (): Promise<Me | null> => {
  let me: Me | null | undefined;
  try {
    me = await trpc.auth.session.query();
  } catch (error) {
    // Who is signed in cannot be asked (no network): the pages are for the person last signed in here.
    me = await import('./offline/personal').then((store) => store.savedPerson());
    if (!me) throw error;
  }
  signedIn = me !== null;
  return me;
}, 'me.get');

export const getUnreadCount = query(
  () => personal(async () => (await trpc.inbox.unreadCount.query()).unread),
  'inbox.unreadCount',
);

/**
 * Keys of every query that holds one person's data. Each starts with "me." or "inbox." (query keys
 * match by prefix), so later personal queries only need a name with one of these prefixes.
 */
const personalKeys = ['me.', 'inbox.'];

/** Drops every personal answer kept in memory and asks again: after a sign-in or an expired session. */
export function refreshPerson(): Promise<void> {
  return revalidate(personalKeys);
}

/** The unread badge and the Scrivania count, after the inbox changed. */
export function refreshUnreadCount(): Promise<void> {
  return revalidate(getUnreadCount.key);
}

/**
 * Runs a request for the person's own data. A 401 from someone believed signed in means the session
 * ended meanwhile (expired, or "sign out everywhere" on another device): who-is-signed-in is asked
 * again, once, so the page guard sends the person to sign in; the error still reaches the page.
 */
export async function personal<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (isSignedOutError(error) && signedIn) {
      signedIn = false;
      void revalidate(getMe.key);
    }
    throw error;
  }
}

/** For route preloads: the person's data is asked for only once we know someone is signed in. */
export function preloadWhenSignedIn(load: () => Promise<unknown>): void {
  getMe()
    .then((me) => (me ? load() : undefined))
    .catch(() => undefined);
}

/**
 * After signing out (here or everywhere) or deleting the account, once the person's data has left the
 * device (lib/account.ts): a full page load, so nothing of the person stays in this tab's memory (router
 * caches, forms), with a note for the sign-in page to show.
 */
export function leaveAfterSignOut(note: 'uscita' | 'uscita-ovunque' | 'account-eliminato'): void {
  window.location.assign(`/accedi?stato=${note}`);
}

// Messages can arrive while the tab sits in the background: count them again when the person is back.
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refreshUnreadCount();
  });
}
