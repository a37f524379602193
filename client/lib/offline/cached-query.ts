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
 * Runs a catalog request, saves what it returns for offline use, and answers from the saved copy when
 * the network fails. Writing to IndexedDB never delays or breaks the page: it happens after the answer.
 */
export async function cachedQuery<T>(
  procedure: string,
  input: { locale: Locale } & Record<string, unknown>,
  request: () => Promise<T>,
  options: Options<T> = {},
): Promise<Fetched<T>> {
  const key = responseKey(procedure, input);
  try {
    const data = await request();
    const fetchedAt = new Date().toISOString();
    markReachable(fetchedAt);
    loadStore()
      .then((store) => store.saveResponse(procedure, key, input.locale, data, fetchedAt))
      .catch((error: unknown) => {
        console.warn('Sportello: could not save a catalog response for offline use', error);
      });
    return { data, fetchedAt, fromCache: false };
  } catch (error) {
    if (serverAnswered(error)) throw error;
    markUnreachable();
    const saved = await loadStore()
      .then((store) => store.readResponse(key))
      .catch(() => undefined);
    if (saved) return { data: saved.value as T, fetchedAt: saved.fetchedAt, fromCache: true };
    if (options.fallback) {
      const found = await options.fallback().catch(() => undefined);
      if (found) return { ...found, fromCache: true };
    }
    throw new OfflineUnavailableError();
  }
}
