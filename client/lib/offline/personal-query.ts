import type { Me } from '../../../shared/auth/api';
import { getMe } from '../auth';
import { type Fetched, fetchOrSaved, responseKey } from './cached-query';

/**
 * cachedQuery's twin for the signed-in person's own data (bookings, requests, inbox): each answer is
 * kept on the device under the person it belongs to, and read back when the network fails. Pages import
 * this module directly, not through index.ts, so it stays out of the entry bundle.
 */

const loadPersonal = () => import('./personal');

type Saved<T> = { data: T; fetchedAt: string };

type Options<T> = {
  /** Another saved answer that holds the same data (a booking inside a saved list of bookings). */
  fallback?: (userId: string) => Promise<Saved<T> | undefined>;
};

export function personalQuery<T>(
  procedure: string,
  input: Record<string, unknown>,
  request: () => Promise<T>,
  options: Options<T> = {},
): Promise<Fetched<T>> {
  const key = responseKey(procedure, input);
  const readSavedOfPerson = async () => {
    const me = await getMe();
    return me ? readSaved<T>(me, key, options) : undefined;
  };
  return fetchOrSaved(request, (data, fetchedAt) => void keep(key, data, fetchedAt), readSavedOfPerson);
}

// Written after the page has its answer: saving never delays or breaks it.
async function keep(key: string, data: unknown, fetchedAt: string): Promise<void> {
  try {
    const me = await getMe();
    if (me) await (await loadPersonal()).savePersonal(me, key, data, fetchedAt);
  } catch (error) {
    console.warn('Sportello: could not keep your data on this device for offline use', error);
  }
}

async function readSaved<T>(me: Me, key: string, options: Options<T>): Promise<Saved<T> | undefined> {
  const saved = await loadPersonal()
    .then((store) => store.readPersonal(me.id, key))
    .catch(() => undefined);
  if (saved) return { data: saved.value as T, fetchedAt: saved.fetchedAt };
  return options.fallback?.(me.id).catch(() => undefined);
}

/** The saved answers of one procedure of the signed-in person's, for a fallback to search. */
export async function savedAnswersOf(userId: string, procedure: string) {
  return (await loadPersonal()).readPersonalOf(userId, procedure);
}
