import { query } from '@solidjs/router';
import type { Me, UpdateProfileInput } from '../../shared/auth/api';
import { leaveAfterSignOut, personal, refreshPerson } from './auth';
import { locale, setLocale } from './i18n';
import { trpc } from './trpc';

/** The personal area's reads and actions on the person's own account (Attività, Profilo). */

export const activityPageSize = 30;

export const getActivity = query(
  () => personal(() => trpc.me.activity.query({ limit: activityPageSize })),
  'me.activity',
);

export function getOlderActivity(before: string) {
  return personal(() => trpc.me.activity.query({ limit: activityPageSize, before }));
}

export const getSessions = query(() => personal(() => trpc.me.sessions.query()), 'me.sessions');

/** Saves the changes; a new preferred language also becomes the language of the interface. */
export async function updateProfile(changes: UpdateProfileInput): Promise<Me> {
  const me = await personal(() => trpc.me.update.mutate(changes));
  if (me.locale !== locale()) await setLocale(me.locale);
  await refreshPerson();
  return me;
}

/**
 * Actions taken offline are sent before the session ends, while they still can be; whatever is left
 * then (refused, or the network gone again) goes with the rest of the person's data.
 */
async function sendWaitingActions(): Promise<void> {
  try {
    await (await import('./offline/outbox')).replayNow();
  } catch (error) {
    // Signing out must not depend on it: what is left is told as dropped on the next page.
    console.warn('Sportello: the actions waiting on this device could not be sent', error);
  }
}

/** Nothing of the person stays on the device: saved answers, queued actions (docs/offline.md). */
async function forgetPersonHere(): Promise<void> {
  try {
    await (await import('./offline/personal')).forgetPerson();
  } catch (error) {
    // The next page load asks who is signed in, and clears the device when the answer is nobody.
    console.warn('Sportello: your data could not be removed from this device yet', error);
  }
}

export async function signOut(): Promise<void> {
  await sendWaitingActions();
  await trpc.auth.signOut.mutate();
  await forgetPersonHere();
  leaveAfterSignOut('uscita');
}

export async function signOutEverywhere(): Promise<void> {
  await sendWaitingActions();
  await personal(() => trpc.auth.signOutEverywhere.mutate());
  await forgetPersonHere();
  leaveAfterSignOut('uscita-ovunque');
}

export async function deleteAccount(confirmEmail: string): Promise<void> {
  await personal(() => trpc.me.deleteAccount.mutate({ confirmEmail }));
  await forgetPersonHere();
  leaveAfterSignOut('account-eliminato');
}

/** Everything Sportello keeps about the person, saved as a JSON file; returns the file's name. */
export async function downloadMyData(): Promise<string> {
  const data = await personal(() => trpc.me.exportData.query());
  const name = `sportello-dati-personali-${new Date().toISOString().slice(0, 10)}.json`;
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; release it once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
