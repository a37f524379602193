import { revalidate } from '@solidjs/router';
import { createEffect, createRoot, createSignal, on } from 'solid-js';
import { getMe } from '../auth';
import { locale } from '../i18n';
import { serverAnswered } from './cached-query';
import { coalesceKey, droppedActionsKey, type OutboxAction, type OutboxEntry, subjectKey } from './outbox-plan';
import { addToOutbox, dismissEntry, dropWaiting, listOutbox } from './outbox-store';
import { announceOutboxChange, outboxChannel, outboxSyncTag, replayOutbox } from './replay';
import { online } from './status';

/**
 * The outbox as pages see it: actions taken without a connection wait here and are sent when it comes
 * back (the `online` event, the next start of the app, Background Sync in the service worker). Pages read
 * what is waiting and what failed; the store and the replay are in outbox-store.ts and replay.ts.
 */

const [entries, setEntries] = createSignal<OutboxEntry[]>([]);
const [dropped, setDropped] = createSignal(readDropped());

/** Actions still to be sent, oldest first. */
export const waitingActions = () =>
  entries()
    .filter((entry) => entry.state !== 'failed')
    .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
/** Actions the server refused, until the citizen dismisses them. */
export const failedActions = () => entries().filter((entry) => entry.state === 'failed');
/** What waits for one booking, request, message or draft ("booking:ABCDE23456", see subjectKey). */
export const waitingFor = (subject: string) =>
  waitingActions().filter((entry) => subjectKey(entry.subject) === subject);
/** Actions thrown away with a session that ended before they could be sent. */
export const droppedActions = dropped;

export type Sent<T> = { queued: false; result: T } | { queued: true };

/**
 * Sends an action now; when the network fails (not when the server refuses), queues it with its
 * idempotency key to be sent later. The caller tells the person which of the two happened.
 */
export async function sendOrQueue<T>(action: OutboxAction, send: () => Promise<T>): Promise<Sent<T>> {
  let result: T;
  try {
    result = await send();
  } catch (error) {
    if (serverAnswered(error)) throw error;
    try {
      await queueAction(action);
    } catch (storing) {
      console.warn('Sportello: the action could not be kept on this device', storing);
      throw error;
    }
    return { queued: true };
  }
  // Sent directly: an older copy still waiting would undo it when replayed.
  const key = coalesceKey(action);
  if (key) void dropWaiting((entry) => coalesceKey(entry) === key).then(changed, warn);
  return { queued: false, result };
}

/**
 * Forgets what waits for one subject, once it would do harm: the answers of a draft, after the request
 * was sent or the draft thrown away (replayed, they would start a new draft).
 */
export async function dropWaitingFor(subject: string): Promise<void> {
  await dropWaiting((entry) => subjectKey(entry.subject) === subject);
  await changed();
}

/** Queues an action without trying it first (the caller already knows the network is gone). */
export async function queueAction(action: OutboxAction): Promise<void> {
  const me = await getMe().catch(() => null);
  const key = 'idempotencyKey' in action.input ? action.input.idempotencyKey : crypto.randomUUID();
  const entry = {
    ...action,
    id: key,
    userId: me?.id ?? null,
    locale: locale(),
    queuedAt: new Date().toISOString(),
    state: 'queued',
  } as OutboxEntry;
  await addToOutbox(entry);
  await changed();
  void askBackgroundSync().catch(warn);
}

let replaying: Promise<void> | undefined;

/** Sends what waits (one run at a time in this page; replay.ts keeps other pages and the worker out). */
export function replayNow(): Promise<void> {
  replaying ??= replay().finally(() => {
    replaying = undefined;
  });
  return replaying;
}

async function replay(): Promise<void> {
  const before = entries();
  try {
    const outcome = await replayOutbox();
    // The session ended: who is signed in is asked again, and the answer clears the device (follow-person.ts).
    if (outcome.stoppedBy === 'signed-out') await revalidate(getMe.key);
  } catch (error) {
    warn(error);
  }
  await reload();
  // Sent or refused by this page, or meanwhile by the worker or another tab while this one waited its turn.
  if (settledSince(before, entries())) await refreshPages();
}

export async function dismissFailure(id: string): Promise<void> {
  await dismissEntry(id);
  await changed();
}

export function dismissDropped(): void {
  try {
    localStorage.removeItem(droppedActionsKey);
  } catch {
    // Nothing stored, nothing to remove.
  }
  setDropped(0);
}

async function changed(): Promise<void> {
  announceOutboxChange();
  await reload();
}

async function reload(): Promise<void> {
  setEntries(await listOutbox().catch(() => []));
  setDropped(readDropped());
}

/** The pages' data again, now that the server has the actions (or refused them). */
function refreshPages(): Promise<void> {
  return revalidate(['me.', 'inbox.', 'booking.lookup', 'booking.device']);
}

type SyncRegistration = ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } };

/** Where the browser has Background Sync, the worker sends the outbox even if the app is closed by then. */
async function askBackgroundSync(): Promise<void> {
  if (!('SyncManager' in window) || !('serviceWorker' in navigator)) return;
  const registration = (await navigator.serviceWorker.getRegistration()) as SyncRegistration | undefined;
  await registration?.sync?.register(outboxSyncTag);
}

function readDropped(): number {
  try {
    return Number(localStorage.getItem(droppedActionsKey) ?? 0) || 0;
  } catch {
    return 0;
  }
}

function warn(error: unknown): void {
  console.warn('Sportello: the actions kept on this device ran into a problem', error);
}

/** Whether an entry was sent (it left) or refused since `before`: then the pages' data has changed. */
function settledSince(before: OutboxEntry[], after: OutboxEntry[]): boolean {
  return before.some((entry) => {
    const now = after.find((candidate) => candidate.id === entry.id);
    // A refusal the citizen dismissed leaves too, but changes nothing on the server.
    return entry.state !== 'failed' && (!now || now.state === 'failed');
  });
}

/**
 * The outbox changed (another tab, the worker, this page's own stores): show it as it is, and read the
 * pages' data again when something was sent or refused. During this page's own replay, the replay does
 * that when it ends.
 */
async function followChanges(): Promise<void> {
  const before = entries();
  await reload();
  if (!replaying && settledSince(before, entries())) await refreshPages();
}

let started = false;

/**
 * Starts the outbox in this page: shows what waits, sends it now if online and again whenever the
 * connection comes back, and follows changes made by other tabs and the worker. The app calls it once
 * (the status banners, on every page); later calls do nothing.
 */
export function startOutbox(): void {
  if (started) return;
  started = true;
  void reload().then(() => {
    if (navigator.onLine && waitingActions().length > 0) void replayNow();
  });
  // Back online (the `online` event, or a request that went through after failing): send what waits.
  createRoot(() =>
    createEffect(
      on(online, (now, before) => {
        if (now && before === false) void replayNow();
      }),
    ),
  );
  if (typeof BroadcastChannel !== 'undefined') {
    new BroadcastChannel(outboxChannel).onmessage = () => void followChanges();
  }
}
