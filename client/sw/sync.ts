/// <reference lib="webworker" />
import { outboxSyncTag, replayOutbox } from '../lib/offline/replay';

/**
 * Background Sync: the browser wakes the worker once the connection is back, even when no page of the
 * app is open, and the worker sends the actions the citizen queued offline (client/lib/offline/replay.ts,
 * the same replay the pages run, so the two never send one action twice). Open pages hear about it on
 * the outbox's BroadcastChannel and read their data again.
 */
declare const self: ServiceWorkerGlobalScope;

/** Not yet in TypeScript's worker types. */
type SyncEvent = ExtendableEvent & { tag: string };

self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== outboxSyncTag) return;
  sync.waitUntil(sendOutbox());
});

async function sendOutbox(): Promise<void> {
  const outcome = await replayOutbox();
  // Failing the event makes the browser try again later, with its own backoff.
  if (outcome.stoppedBy === 'retry') throw new Error('Sportello: the outbox waits for a working connection');
}
