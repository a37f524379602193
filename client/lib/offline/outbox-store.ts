import { offlineDb } from './db';
import { claimMs, nextToSend, type OutboxEntry, type Reply, supersededBy } from './outbox-plan';

/**
 * The outbox in IndexedDB. Every change that decides who sends what runs in one readwrite transaction,
 * so a page and the service worker (or two tabs) never both take the same entry.
 */

export async function listOutbox(): Promise<OutboxEntry[]> {
  const db = await offlineDb();
  return db.getAll('outbox');
}

/** Queues an entry, dropping the waiting ones it replaces (an older draft, an older read state). */
export async function addToOutbox(entry: OutboxEntry): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction('outbox', 'readwrite');
  for (const id of supersededBy(await tx.store.getAll(), entry)) await tx.store.delete(id);
  await tx.store.put(entry);
  await tx.done;
}

/** Removes the waiting entries that would now do harm (an older draft after the request was sent). */
export async function dropWaiting(match: (entry: OutboxEntry) => boolean): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction('outbox', 'readwrite');
  for (const entry of await tx.store.getAll()) {
    if (entry.state === 'queued' && match(entry)) await tx.store.delete(entry.id);
  }
  await tx.done;
}

/** Takes the next entry to send and marks it as being sent, with a claim that lapses. */
export async function claimNext(now = new Date()): Promise<OutboxEntry | undefined> {
  const db = await offlineDb();
  const tx = db.transaction('outbox', 'readwrite');
  const next = nextToSend(await tx.store.getAll(), now);
  const claimed = next && {
    ...next,
    state: 'sending' as const,
    claimedUntil: new Date(now.getTime() + claimMs).toISOString(),
  };
  if (claimed) await tx.store.put(claimed);
  await tx.done;
  return claimed;
}

/**
 * Records what the server said about a claimed entry: done, it goes; refused, it stays as a failure for
 * the citizen to read; otherwise it waits again. An entry removed meanwhile (signed out) stays removed.
 */
export async function settle(entry: OutboxEntry, reply: Reply, now = new Date()): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction('outbox', 'readwrite');
  const current = await tx.store.get(entry.id);
  if (current?.state === 'sending' && current.claimedUntil === entry.claimedUntil) {
    if (reply.outcome === 'done') await tx.store.delete(entry.id);
    else if (reply.outcome === 'refused') {
      const failure = { code: reply.code, message: reply.message, at: now.toISOString() };
      await tx.store.put({ ...current, state: 'failed', claimedUntil: undefined, failure });
    } else await tx.store.put({ ...current, state: 'queued', claimedUntil: undefined });
  }
  await tx.done;
}

/** The citizen has read why an action failed. */
export async function dismissEntry(id: string): Promise<void> {
  const db = await offlineDb();
  await db.delete('outbox', id);
}
