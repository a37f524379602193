import type { Locale } from '../../../shared/i18n/locales';
import { markReachable, markUnreachable } from './status';

// The store (idb and the offline search) loads after the first answer, not before the first render.
const loadStore = () => import('./store');

/** What a page receives: the data, when it left the server, and whether it came from this device. */
export type Fetched<T> = { data: T; fetchedAt: string; fromCache: boolean };

/** Raised when the network is unreachable and nothing usable was saved on the device. */
export class OfflineUnavailableError extends Error {
  constructor() {
    super('OFFLINE_UNAVAILABLE');
    this.name = 'OfflineUnavailableError';
  }
}

/**
 * An error the server answered with (bad input, not found...) carries its shape; a network failure, a
 * proxy's HTML error page or a timeout does not. Only the latter falls back to the saved copy: a 404 must
 * stay a 404 even if the page was once cached.
 */
export function serverAnswered(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'shape' in error && error.shape !== undefined;
}

/** Same input, same key: object keys sorted, undefined values dropped. */
export function responseKey(procedure: string, input: Record<string, unknown>): string {
  const canonical = Object.keys(input)
    .sort()
    .filter((name) => input[name] !== undefined)
    .map((name) => [name, input[name]]);
  return `${procedure}?${JSON.stringify(canonical)}`;
}

type Options<T> = {
  /** Used when there is no saved response for exactly this input (offline search over saved services). */
  fallback?: () => Promise<{ data: T; fetchedAt: string }>;
};

/**
 * What every saved-copy query does: ask the server and keep its answer once the page has it (saving
 * never delays or breaks the page), or, when the network fails, answer from the copy on the device.
 */
export async function fetchOrSaved<T>(
  request: () => Promise<T>,
  keep: (data: T, fetchedAt: string) => void,
  readSaved: () => Promise<{ data: T; fetchedAt: string } | undefined>,
): Promise<Fetched<T>> {
  try {
    const data = await request();
    const fetchedAt = new Date().toISOString();
    markReachable(fetchedAt);
    keep(data, fetchedAt);
    return { data, fetchedAt, fromCache: false };
  } catch (error) {
    if (serverAnswered(error)) throw error;
    markUnreachable();
    const saved = await readSaved().catch(() => undefined);
    if (saved) return { ...saved, fromCache: true };
    throw new OfflineUnavailableError();
  }
}

/** A catalog request, kept for offline use and answered from the saved copy when the network fails. */
export function cachedQuery<T>(
  procedure: string,
  input: { locale: Locale } & Record<string, unknown>,
  request: () => Promise<T>,
  options: Options<T> = {},
): Promise<Fetched<T>> {
  const key = responseKey(procedure, input);
  const keep = (data: T, fetchedAt: string) =>
    loadStore()
      .then((store) => store.saveResponse(procedure, key, input.locale, data, fetchedAt))
      .catch((error: unknown) => {
        console.warn('Sportello: could not save a catalog response for offline use', error);
      });
  const readSaved = async () => {
    const saved = await loadStore()
      .then((store) => store.readResponse(key))
      .catch(() => undefined);
    if (saved) return { data: saved.value as T, fetchedAt: saved.fetchedAt };
    return options.fallback?.();
  };
  return fetchOrSaved(request, keep, readSaved);
}
