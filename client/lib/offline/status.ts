import { createSignal } from 'solid-js';

/**
 * Whether the catalog is reachable, and when data last arrived from it. navigator.onLine alone is not
 * enough (a captive portal or a server down look "online"), so every request outcome updates it too.
 */
const lastSyncKey = 'sportello.lastSyncedAt';

const [online, setOnline] = createSignal(typeof navigator === 'undefined' ? true : navigator.onLine);
const [lastSyncedAt, setLastSyncedAt] = createSignal<string | undefined>(readLastSync());

export { lastSyncedAt, online };

function readLastSync(): string | undefined {
  try {
    return localStorage.getItem(lastSyncKey) ?? undefined;
  } catch {
    return undefined;
  }
}

export function markReachable(at: string): void {
  setOnline(true);
  setLastSyncedAt(at);
  try {
    localStorage.setItem(lastSyncKey, at);
  } catch {
    // Storage refused: the time is still shown for this visit.
  }
}

export function markUnreachable(): void {
  setOnline(false);
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => setOnline(true));
  window.addEventListener('offline', () => setOnline(false));
}
