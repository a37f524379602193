import { postProcedure } from '../post-procedure';
import { type OutboxEntry, type Reply, readReply } from './outbox-plan';
import { claimNext, settle } from './outbox-store';

/**
 * Sends the outbox, oldest first, from a page or from the service worker (Background Sync). One replay
 * runs at a time across all of them (a Web Lock, present in windows and workers alike); each entry is
 * also claimed in IndexedDB before it is sent, which keeps the order where Web Locks are missing. The
 * idempotency keys make a replay that happens anyway harmless on the server.
 */

export const outboxLock = 'sportello-outbox';
/** Tabs and the worker say "the outbox changed" here, so every open page shows it as it is. */
export const outboxChannel = 'sportello-outbox';
/** The Background Sync tag the pages register and the service worker answers. */
export const outboxSyncTag = 'sportello-outbox';

export type ReplayOutcome = { sent: number; refused: number; stoppedBy?: 'retry' | 'signed-out' };

/** Long enough for a slow phone connection; shorter than a claim, so a claim never lapses mid-request. */
const requestTimeoutMs = 30_000;

export function replayOutbox(): Promise<ReplayOutcome> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request(outboxLock, sendAll) : sendAll();
}

async function sendAll(): Promise<ReplayOutcome> {
  const outcome: ReplayOutcome = { sent: 0, refused: 0 };
  for (;;) {
    const entry = await claimNext();
    if (!entry) return outcome;
    const reply = await send(entry);
    await settle(entry, reply);
    announceOutboxChange();
    if (reply.outcome === 'done') outcome.sent++;
    else if (reply.outcome === 'refused') outcome.refused++;
    // No network, or nobody signed in any more: the rest would fail the same way.
    else return { ...outcome, stoppedBy: reply.outcome };
  }
}

async function send(entry: OutboxEntry): Promise<Reply> {
  try {
    const response = await postProcedure(entry.procedure, entry.input, {
      locale: entry.locale,
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    return readReply(response.status, await response.json().catch(() => undefined));
  } catch {
    return { outcome: 'retry' };
  }
}

export function announceOutboxChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(outboxChannel);
  channel.postMessage('changed');
  channel.close();
}
