import { createAsync, query } from '@solidjs/router';
import { createEffect, createSignal, on } from 'solid-js';
import type { InboxMessage } from '../../shared/accounts/api';
import type { Locale } from '../../shared/i18n/locales';
import { personal, refreshUnreadCount } from './auth';
import { locale } from './i18n';
import { trpc } from './trpc';

/** "Messaggi": the person's inbox, a page at a time, with changes shown before the server confirms. */
export const inboxPageSize = 30;

/** The newest messages; the locale is part of the key because the server answers in the reader's language. */
export const getInbox = query(
  (_locale: Locale) => personal(() => trpc.inbox.list.query({ limit: inboxPageSize })),
  'inbox.list',
);

type Change = { readAt?: string | null; deleted?: boolean };

/**
 * The inbox as the page shows it: the first page from the router's query, older pages appended on
 * request, and each change applied at once and sent to the server. A failed change is rolled back and
 * reported through onFailure, so the person knows the list is as it was.
 */
export function createInbox(onFailure: (error: unknown) => void) {
  const first = createAsync(() => getInbox(locale()));
  const [older, setOlder] = createSignal<InboxMessage[]>([]);
  const [olderExhausted, setOlderExhausted] = createSignal(false);
  const [changes, setChanges] = createSignal<Record<string, Change>>({});

  // Another language means other texts: older pages are asked again when wanted.
  createEffect(on(locale, () => setOlder([]), { defer: true }));

  const all = () => [...(first() ?? []), ...older()];
  const messages = () =>
    all()
      .map((message) => ({ ...message, ...changes()[message.id] }))
      .filter((message) => !message.deleted);
  const hasMore = () => (older().length > 0 ? !olderExhausted() : (first()?.length ?? 0) >= inboxPageSize);

  async function loadMore(): Promise<void> {
    const before = all().at(-1)?.createdAt;
    const page = await personal(() => trpc.inbox.list.query({ limit: inboxPageSize, before }));
    setOlder((current) => [...current, ...page]);
    setOlderExhausted(page.length < inboxPageSize);
  }

  /** Applies the change now; undoes it if the server refuses. True when the server accepted it. */
  async function change(next: Record<string, Change>, send: () => Promise<unknown>): Promise<boolean> {
    const before = changes();
    setChanges({ ...before, ...next });
    try {
      await personal(send);
      void refreshUnreadCount();
      return true;
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
      return false;
    }
  }

  const now = () => new Date().toISOString();

  return {
    messages,
    hasMore,
    loadMore,
    unreadCount: () => messages().filter((message) => !message.readAt).length,
    setRead: (id: string, read: boolean) =>
      change({ [id]: { readAt: read ? now() : null } }, () => trpc.inbox.markRead.mutate({ id, read })),
    markAllRead: () => {
      const unread = messages().filter((message) => !message.readAt);
      const at = now();
      return change(Object.fromEntries(unread.map((message) => [message.id, { readAt: at }])), () =>
        trpc.inbox.markAllRead.mutate(),
      );
    },
    remove: (id: string) => change({ [id]: { deleted: true } }, () => trpc.inbox.delete.mutate({ id })),
  };
}

export type Inbox = ReturnType<typeof createInbox>;
