import type { DatabaseHandle, Executor } from '../../db/client';
import { notifyChannel } from '../../db/notifications';

/** Sent inside every transaction that changes a request; every process listens. Payload: the request id. */
export const requestChangedChannel = 'request_changed';

export function announceRequestChanged(db: Executor, requestId: string): Promise<void> {
  return notifyChannel(db, requestChangedChannel, requestId);
}

type Waiter = { changed: boolean; wake: (() => void) | undefined };

/**
 * Who is watching which request in this process (an open "my request" page, a desk screen). A change
 * announced by any process wakes the watchers of that request; an empty payload (the listener reconnected
 * and may have missed events) wakes everyone, who then read the request again.
 */
export class RequestWatchers {
  private readonly watchers = new Map<string, Set<Waiter>>();

  async subscribe(database: DatabaseHandle): Promise<() => Promise<void>> {
    return database.listen(requestChangedChannel, (requestId) => {
      const waiting = requestId ? [this.watchers.get(requestId)] : [...this.watchers.values()];
      for (const set of waiting) for (const waiter of set ?? []) this.poke(waiter);
    });
  }

  /** Yields once per change (changes that come while the caller is busy are coalesced), until aborted. */
  async *changes(requestId: string, signal: AbortSignal | undefined): AsyncGenerator<void> {
    const waiter: Waiter = { changed: false, wake: undefined };
    const set = this.watchers.get(requestId) ?? new Set();
    this.watchers.set(requestId, set.add(waiter));
    const stop = () => this.poke(waiter);
    signal?.addEventListener('abort', stop);
    try {
      while (!signal?.aborted) {
        if (!waiter.changed) await new Promise<void>((resolve) => (waiter.wake = resolve));
        if (signal?.aborted) return;
        waiter.changed = false;
        yield;
      }
    } finally {
      signal?.removeEventListener('abort', stop);
      set.delete(waiter);
      if (set.size === 0) this.watchers.delete(requestId);
    }
  }

  private poke(waiter: Waiter) {
    waiter.changed = true;
    const wake = waiter.wake;
    waiter.wake = undefined;
    wake?.();
  }
}

declare module '../../trpc/context' {
  interface AppServices {
    requestWatchers: RequestWatchers;
  }
}
