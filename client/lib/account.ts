import { query } from '@solidjs/router';
import type { Me, UpdateProfileInput } from '../../shared/accounts/api';
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

export async function signOut(): Promise<void> {
  await trpc.auth.signOut.mutate();
  leaveAfterSignOut('uscita');
}

export async function signOutEverywhere(): Promise<void> {
  await personal(() => trpc.auth.signOutEverywhere.mutate());
  leaveAfterSignOut('uscita-ovunque');
}

export async function deleteAccount(confirmEmail: string): Promise<void> {
  await personal(() => trpc.me.deleteAccount.mutate({ confirmEmail }));
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
