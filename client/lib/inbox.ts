import { createAsync, query } from '@solidjs/router';
import { createEffect, createSignal, on } from 'solid-js';
import type { InboxMessage } from '../../shared/auth/api';
import type { Locale } from '../../shared/i18n/locales';
import { personal, refreshUnreadCount } from './auth';
import { locale } from './i18n';
import { type Fetched, serverAnswered } from './offline';
import { queueAction, sendOrQueue, waitingActions } from './offline/outbox';
import { personalQuery } from './offline/personal-query';
import { trpc } from './trpc';

/**
 * "Messaggi": the person's inbox, a page at a time, with changes shown before the server confirms. The
 * newest page is kept on the device and read from there offline; marking messages read or unread
 * without a connection waits in the outbox.
 */
export const inboxPageSize = 30;

/** The newest messages; the locale is part of the key because the server answers in the reader's language. */
export const getInbox = query(
  (_locale: Locale): Promise<Fetched<InboxMessage[]>> =>
    personalQuery('inbox.list', {}, () => personal(() => trpc.inbox.list.query({ limit: inboxPageSize }))),
  'inbox.list',
);

type Change = { readAt?: string | null; deleted?: boolean };

/** What became of a change: sent, waiting for the network, or refused (and undone). */
export type ChangeOutcome = 'sent' | 'queued' | 'failed';

/** Read states waiting in the outbox, over the messages as the server (or the device) last said. */
function withWaitingReads(messages: InboxMessage[]): InboxMessage[] {
  const reads = new Map<string, string | null>();
  for (const entry of waitingActions()) {
    if (entry.procedure === 'inbox.markRead') reads.set(entry.input.id, entry.input.read ? entry.queuedAt : null);
  }
  if (reads.size === 0) return messages;
  return messages.map((message) => (reads.has(message.id) ? { ...message, readAt: reads.get(message.id)! } : message));
}

/**
 * The inbox as the page shows it: the first page from the router's query, older pages appended on
 * request, and each change applied at once and sent to the server. A refused change is rolled back and
 * reported through onFailure, so the person knows the list is as it was.
 */
export function createInbox(onFailure: (error: unknown) => void) {
  const first = createAsync(() => getInbox(locale()));
  const [older, setOlder] = createSignal<InboxMessage[]>([]);
  const [olderExhausted, setOlderExhausted] = createSignal(false);
  const [changes, setChanges] = createSignal<Record<string, Change>>({});

  // Another language means other texts: older pages are asked again when wanted.
  createEffect(on(locale, () => setOlder([]), { defer: true }));

  const all = () => withWaitingReads([...(first()?.data ?? []), ...older()]);
  const messages = () =>
    all()
      .map((message) => ({ ...message, ...changes()[message.id] }))
      .filter((message) => !message.deleted);
  const hasMore = () => (older().length > 0 ? !olderExhausted() : (first()?.data.length ?? 0) >= inboxPageSize);

  async function loadMore(): Promise<void> {
    const before = all().at(-1)?.createdAt;
    const page = await personal(() => trpc.inbox.list.query({ limit: inboxPageSize, before }));
    setOlder((current) => [...current, ...page]);
    setOlderExhausted(page.length < inboxPageSize);
  }

  /** Applies the change now; undoes it if the server refuses. */
  async function change(
    next: Record<string, Change>,
    send: () => Promise<{ queued: boolean }>,
  ): Promise<ChangeOutcome> {
    const before = changes();
    setChanges({ ...before, ...next });
    try {
      const { queued } = await personal(send);
      void refreshUnreadCount();
      return queued ? 'queued' : 'sent';
    } catch (error) {
      setChanges((current) => {
        const restored = { ...current };
        for (const id of Object.keys(next)) {
          if (id in before) restored[id] = before[id]!;
          else delete restored[id];
        }
        return restored;
      });
      onFailure(error);
      return 'failed';
    }
  }

  const now = () => new Date().toISOString();
  const markRead = (message: InboxMessage, read: boolean) => ({
    procedure: 'inbox.markRead' as const,
    input: { id: message.id, read },
    subject: { kind: 'message' as const, id: message.id, title: message.title },
  });

  const setRead = (id: string, read: boolean) => {
    const message = messages().find((candidate) => candidate.id === id);
    if (!message) return Promise.resolve<ChangeOutcome>('failed');
    return change({ [id]: { readAt: read ? now() : null } }, () =>
      sendOrQueue(markRead(message, read), () => trpc.inbox.markRead.mutate({ id, read })),
    );
  };

  /** Offline, each message shown unread waits to be marked read: never one that arrives meanwhile. */
  const markAllRead = () => {
    const unread = messages().filter((message) => !message.readAt);
    const at = now();
    return change(Object.fromEntries(unread.map((message) => [message.id, { readAt: at }])), async () => {
      try {
        await trpc.inbox.markAllRead.mutate();
        return { queued: false };
      } catch (error) {
        if (serverAnswered(error)) throw error;
        for (const message of unread) await queueAction(markRead(message, true));
        return { queued: true };
      }
    });
  };

  return {
    messages,
    /** The newest page as read: from the server, or from the device with when it was last updated. */
    fetched: first,
    hasMore,
    loadMore,
    unreadCount: () => messages().filter((message) => !message.readAt).length,
    setRead,
    markAllRead,
    remove: (id: string) =>
      change({ [id]: { deleted: true } }, async () => {
        await trpc.inbox.delete.mutate({ id });
        return { queued: false };
      }),
  };
}

export type Inbox = ReturnType<typeof createInbox>;
